"""The guided setup wizard: from a shop URL to a tested, stored credential."""
