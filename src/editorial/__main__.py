"""`python -m editorial` is the same as the `editorial` command."""

from editorial.cli import main

raise SystemExit(main())
