"""spruce.mip"""
