import sys

from knowledge.stories.cli import main

sys.exit(main())
