# Core words of every report (en). Rules: src/i18n/mod.rs.
severity-error = error
severity-warning = warning
help-label = help

io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = already exists
io-invalid-data = the data cannot be read
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-is-a-directory = this is a folder, not a file
io-not-a-directory = this is not a folder
io-directory-not-empty = the folder is not empty
io-other = system I/O error ({ $detail })
