"""Allow `python -m pausecoach`."""

from pausecoach.launch import main

if __name__ == "__main__":
    main()
