#!/usr/bin/env python3
"""test/docs/check.py FILE...: run every ```sql block of the given Markdown
files against the server PG* names, and check the results they print.

Called by test/docs/run, whose header gives the rules.  Each block runs in a
database of its own, created and dropped here, through one psql session, so
that what a reader pastes into psql is what is tested: psql's own text form
of every value (unaligned, columns split on '|').
"""

import os
import re
import subprocess
import sys

MARKER = re.compile(r'^\s*<!--\s*docs-test:\s*(.*?)\s*-->\s*$')
NOTE = re.compile(r'\s{2,}\(.*$')
ERROR = re.compile(r'^ERROR(?:\s+([0-9A-Z]{5}))?:\s*(.*)$')
CREATES_EXTENSION = re.compile(r'^\s*CREATE\s+EXTENSION\b[^;]*\bjamsostek\b', re.I | re.M)
END = '@@docs-end'
ERR = '@@docs-error'


class Block:
    def __init__(self, path, line, options, text):
        self.path = path
        self.line = line
        self.options = options
        self.text = text

    def where(self):
        return '%s:%d' % (self.path, self.line)


class Statement:
    def __init__(self, line, sql):
        self.line = line            # line in the Markdown file
        self.sql = sql
        self.expected = []          # rows as lists of cells; ['...'] = more
        self.error = None           # (sqlstate or None, message)


def blocks_of(path):
    """Every ```sql block of a Markdown file, with its docs-test marker."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    out = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == '```sql':
            options = ''
            j = i - 1
            while j >= 0 and lines[j].strip() == '':
                j -= 1
            if j >= 0:
                m = MARKER.match(lines[j])
                if m:
                    options = m.group(1)
            k = i + 1
            while k < len(lines) and lines[k].strip() != '```':
                k += 1
            if k == len(lines):
                sys.exit('%s:%d: unterminated ```sql block' % (path, i + 1))
            out.append(Block(path, i + 2, options, lines[i + 1:k]))
            i = k
        i += 1
    return out


def split_comment(line):
    """(code, comment) of one SQL line: '--' outside quotes starts a comment."""
    quote = None
    for n, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif line.startswith('--', n):
            return line[:n], line[n + 2:]
    return line, None


def expectation(stmt, comment, block):
    """Record a result comment (the text after '--') on a statement."""
    text = NOTE.sub('', comment.strip()).strip()
    if text == '':
        return
    m = ERROR.match(text)
    if m:
        if stmt.expected or stmt.error:
            raise SyntaxError('%s: statement at line %d: an error after rows'
                              % (block.path, stmt.line))
        stmt.error = (m.group(1), m.group(2).strip())
    elif stmt.error:
        raise SyntaxError('%s: statement at line %d: rows after an error'
                          % (block.path, stmt.line))
    else:
        stmt.expected.append([c.strip() for c in text.split('|')])


def statements_of(block):
    """Split a block into statements; attach the results its comments show.

    A statement ends on a line whose code ends with ';' (or is a psql
    backslash command).  The comment on that line, and the comment lines
    that follow it directly and start with two spaces ('--  26.79'), are its
    result rows.  A blank line, more code or a comment with one space
    ('-- Bengkulu ...') ends the result rows; comments elsewhere are prose.
    """
    stmts = []
    current = []
    first = None
    last = None         # the statement whose result rows may follow
    for n, line in enumerate(block.text):
        lineno = block.line + n
        code, comment = split_comment(line)
        if not current:
            if line.strip() == '':
                last = None
                continue
            if code.strip() == '':
                if last is not None and comment.startswith('  '):
                    expectation(last, comment, block)
                else:
                    last = None
                continue
            if code.lstrip().startswith('\\'):
                stmt = Statement(lineno, code.strip())
                if comment is not None:
                    expectation(stmt, comment, block)
                stmts.append(stmt)
                last = stmt
                continue
            first = lineno
        last = None
        current.append(code)
        if code.rstrip().endswith(';'):
            stmt = Statement(first, '\n'.join(current))
            if comment is not None:
                expectation(stmt, comment, block)
            stmts.append(stmt)
            last = stmt
            current = []
    if current:
        raise SyntaxError('%s: statement at line %d has no closing ;'
                          % (block.path, first))
    return stmts


def psql(db, script):
    env = dict(os.environ, PGDATABASE=db)
    return subprocess.run(['psql', '-X', '-q', '-A', '-t', '-F', '|',
                           '-v', 'VERBOSITY=default'],
                          input=script, env=env, capture_output=True,
                          text=True)


def admin(sql):
    r = subprocess.run(['psql', '-X', '-q', '-d', os.environ.get('PGDATABASE', 'postgres'),
                        '-v', 'ON_ERROR_STOP=1', '-c', sql],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('test/docs: %s failed: %s' % (sql, r.stderr.strip()))


def run_block(block, setups, number):
    """Run one block; return a list of failure descriptions (empty: passed)."""
    words = block.options.split()
    stmts = statements_of(block)
    prelude = ['\\set ON_ERROR_STOP 1', '\\pset null NULL']
    if not CREATES_EXTENSION.search('\n'.join(block.text)):
        prelude.append('CREATE EXTENSION jamsostek;')
    # a setup block that needed the demo data needs it again here
    if 'demo' in words or any('demo' in x.options.split() for x in setups):
        prelude.append('\\i demo/load.sql')
    for s in setups:
        prelude.extend(x.sql for x in statements_of(s))
    prelude.append('\\set ON_ERROR_STOP 0')
    body = []
    for i, s in enumerate(stmts):
        body += [s.sql,
                 '\\echo %s %d :ERROR' % (END, i),
                 '\\if :ERROR',
                 '\\echo %s :LAST_ERROR_SQLSTATE :LAST_ERROR_MESSAGE' % ERR,
                 '\\endif']
    db = 'jamsostek_docs_%d' % number
    admin('DROP DATABASE IF EXISTS %s' % db)
    admin('CREATE DATABASE %s' % db)
    try:
        r = psql(db, '\n'.join(prelude + ['\\echo @@docs-start'] + body) + '\n')
    finally:
        admin('DROP DATABASE IF EXISTS %s' % db)

    out = r.stdout.split('\n')
    if '@@docs-start' not in out:
        return ['the set-up failed (extension, demo data or setup blocks):\n'
                + r.stderr.strip()]
    out = out[out.index('@@docs-start') + 1:]
    failures = []
    rows = []
    error = None
    seen = 0
    for line in out:
        if line.startswith(END + ' '):
            _, idx, failed = line.split(' ')
            s = stmts[int(idx)]
            seen += 1
            failures += check(s, rows if failed == 'false' else None,
                              error if failed == 'true' else None)
            rows = []
            error = None
        elif line.startswith(ERR + ' '):
            # the error line comes after the end marker of its statement
            parts = line[len(ERR) + 1:].split(' ', 1)
            error = (parts[0], parts[1] if len(parts) > 1 else '')
            s = stmts[seen - 1]
            failures += check(s, None, error, final=True)
            error = None
        else:
            rows.append(line)
    if seen != len(stmts):
        failures.append('psql stopped after %d of %d statements:\n%s'
                        % (seen, len(stmts), r.stderr.strip()))
    return failures


def show(rows):
    return '\n'.join('      ' + ' | '.join(r) for r in rows) or '      (no rows)'


def check(s, rows, error, final=False):
    """Compare one statement's outcome with what the document shows.

    Called with the rows when it succeeded; when it failed, called once at
    its end marker (error unknown yet: nothing to do) and once with the
    error (final=True).
    """
    head = 'line %d: %s\n' % (s.line, s.sql.strip().split('\n')[0][:100])
    if rows is None and not final:
        return []
    if final:
        state, message = error
        if s.error is None:
            return [head + '    failed: ERROR %s: %s' % (state, message)]
        want_state, want_message = s.error
        if (want_state and want_state != state) or want_message != message:
            return [head + '    expected: ERROR %s: %s\n    got:      ERROR %s: %s'
                    % (want_state or '', want_message, state, message)]
        return []
    if s.error is not None:
        return [head + '    expected ERROR %s: %s, but it succeeded'
                % (s.error[0] or '', s.error[1])]
    if not s.expected:
        return []
    got = [[c.strip() for c in r.split('|')] for r in rows if r != '']
    want = s.expected
    if want[-1] == ['...']:
        want = want[:-1]
        got_cmp = got[:len(want)]
    else:
        got_cmp = got
    if got_cmp != want:
        return [head + '    expected:\n%s\n    got:\n%s' % (show(s.expected), show(got))]
    return []


def main(paths):
    passed = failed = skipped = checked = 0
    number = 0
    for path in paths:
        setups = []
        for block in blocks_of(path):
            words = block.options.split()
            if words and words[0] == 'skip':
                if not re.match(r'^skip\s+\(.+\)$', block.options):
                    print('%s: a skip needs a reason: <!-- docs-test: skip (why) -->'
                          % block.where())
                    failed += 1
                else:
                    print('%s: skipped %s' % (block.where(), block.options[4:].strip()))
                    skipped += 1
                continue
            unknown = [w for w in words if w not in ('demo', 'setup')]
            if unknown:
                print('%s: unknown docs-test option %s' % (block.where(), ' '.join(unknown)))
                failed += 1
                continue
            number += 1
            try:
                failures = run_block(block, setups, number)
                checked += sum(1 for s in statements_of(block) if s.expected or s.error)
            except SyntaxError as e:
                failures = [str(e)]
            if failures:
                failed += 1
                print('FAIL %s' % block.where())
                for f in failures:
                    print('  ' + f.replace('\n', '\n  '))
            else:
                passed += 1
            if 'setup' in words:
                setups.append(block)
    print('docs: %d blocks, %d shown results checked, %d skipped' % (passed + failed, checked, skipped))
    print('docs: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
