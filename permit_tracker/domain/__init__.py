"""Pure domain: the person's record and the functions that turn it into dates. No Qt here."""
