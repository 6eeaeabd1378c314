// Placeholder: the « keep » helper provides this file (auto-save, local keeping, expired session). The merger takes theirs.
