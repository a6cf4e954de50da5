"""The IDF table (data/idf.tsv) as the keyword scripts read it, and the genre-vocabulary test of
issue 4: a term is generic when more than half of the corpus documents hold it."""

QUOTES = set('“”‘’"「」『』')


class IdfTable:
    def __init__(self, path):
        self.documents, self.df = 0, {}
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if line.startswith('#documents '):
                    self.documents = int(line.split()[1])
                elif line and not line.startswith('#'):
                    term, count = line.split('\t')
                    self.df[term] = max(self.df.get(term, 0), int(count))

    def is_generic(self, term):
        """Whether `term` (quotation marks ignored, as the table's keys have none) is genre
        vocabulary."""
        key = ''.join(c for c in term if c not in QUOTES)
        return self.df.get(key, 0) * 2 > self.documents
