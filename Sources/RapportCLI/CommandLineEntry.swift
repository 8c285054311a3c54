import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `rapport` with the process's arguments and exits with the documented status.
public enum CommandLineEntry {
    /// Parses `arguments` (without the program name), runs the command and returns the exit status.
    public static func run(_ arguments: [String]) -> ExitStatus {
        do {
            var command = try RapportCommand.parseAsRoot(arguments)
            try command.run()
            return .success
        } catch {
            let (message, status, toOut) = ErrorPresenter.present(error)
            if !message.isEmpty {
                if toOut { Terminal.line(message) } else { Terminal.error(message) }
            }
            return status
        }
    }

    /// Entry point of the executable.
    public static func main() -> Never {
        let status = run(Array(CommandLine.arguments.dropFirst()))
        Terminal.flush()
        exit(status.rawValue)
    }
}
