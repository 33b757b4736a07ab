"""Language data, no logic: the words citex knows in each language it reads."""
