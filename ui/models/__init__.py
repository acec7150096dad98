"""Qt models over the competition; they read through the service and write through it."""
