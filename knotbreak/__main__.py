from knotbreak.cli import main

raise SystemExit(main())
