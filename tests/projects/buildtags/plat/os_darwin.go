package plat

func OS() string { return "darwin" }
