"""Battery C: 30 more invented articles (`articles.py`: 8-12 paragraphs each, in the styles of Korea Herald, Japan
Times, SCMP, Gulf News, Al Jazeera, DW, France 24, Buenos Aires Times, Jamaica Gleaner, NZ Herald, Ghanaian and
Bangladeshi papers, UN News; a tour announcement with dates, a fact check, a markets brief, a tech feature, a
manager's sacking, a congressional hearing, a space-industry story, a storm update, a police blotter, a celebrity
item, a council meeting, a health briefing, a press-conference transcript, a podcast write-up, an NGO statement, a
defence story, a commodity report; 315 attributed claims and 544 expected entities, written in stop 38 by a third
helper that saw neither our rules nor any gold) against the suggester: per article, entity misses and spurious
entities, claim misses, speaker errors, non-claims suggested; totals last. Usage (from anywhere):
python bench/attribution/articles_c/run.py [C01 C02 …]"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, path):
    """A module by its path: battery B's runner and this folder's articles (both folders have an `articles`)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    battery_c = _load("articles_c", os.path.join(HERE, "articles.py"))
    runner = _load("articles_runner", os.path.join(os.path.dirname(HERE), "articles", "run.py"))
    runner.main(battery_c.ARTICLES, "attribution_articles_c.json")
