"""spruce.training"""
