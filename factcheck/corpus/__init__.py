"""Reading a corpus: files decoded into documents, page noise scored, sentences split."""
