import RapportCLI

CommandLineEntry.main()
