"""Allow `python -m pausecoach`."""

from pausecoach.cli import main

if __name__ == "__main__":
    main()
