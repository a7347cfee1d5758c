"""Workshops: presenting an article's annotations, and scoring trainees against an answer key."""
