"""spruce.derivation"""
