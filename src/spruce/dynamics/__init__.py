"""spruce.dynamics"""
