from shopcare.cli.main import main

raise SystemExit(main())
