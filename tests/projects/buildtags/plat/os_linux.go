package plat

func OS() string { return "linux" }
