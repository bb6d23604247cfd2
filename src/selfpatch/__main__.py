from selfpatch.cli import main

main()
