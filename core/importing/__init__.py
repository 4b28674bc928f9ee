"""Reading the owner's spreadsheets: files -> rows -> mapped columns -> a Dataset with problems."""
