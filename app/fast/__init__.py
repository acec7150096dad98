"""The fast paths of the service: each module exists only for speed, opens with one line
naming what it speeds up, its plain twin and the test proving they agree, and is reached
from the plain code through one switch (tests/test_architecture.py)."""
