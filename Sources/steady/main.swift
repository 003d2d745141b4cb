import SteadyCLI
SteadyMain.run()
