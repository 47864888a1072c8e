/** grep(1), shortened to the options this grep has. */
export const GREP_MAN = `grep searches for PATTERNS in each FILE. PATTERNS is one or more patterns separated by newline characters, and grep prints each line that matches a pattern. When FILE is '-', or no FILE is given, grep searches standard input (a recursive search with no FILE searches the working directory).

OPTIONS
-E, --extended-regexp
interpret PATTERNS as extended regular expressions (EREs)
-F, --fixed-strings
interpret PATTERNS as fixed strings, not regular expressions
-G, --basic-regexp
interpret PATTERNS as basic regular expressions (BREs); this is the default
-e PATTERNS, --regexp=PATTERNS
use PATTERNS as the patterns; may be given more than once
-f FILE, --file=FILE
obtain patterns from FILE, one per line
-i, --ignore-case
ignore case distinctions in patterns and input data
-v, --invert-match
invert the sense of matching, to select non-matching lines
-w, --word-regexp
select only those lines containing matches that form whole words
-x, --line-regexp
select only those matches that exactly match the whole line
-c, --count
print a count of matching lines for each input file instead of the lines
-l, --files-with-matches
print the name of each input file that contains a match
-L, --files-without-match
print the name of each input file that contains no match
-m NUM, --max-count=NUM
stop reading a file after NUM matching lines
-o, --only-matching
print only the matched (non-empty) parts of a matching line, each on a separate output line
-q, --quiet, --silent
quiet; exit immediately with zero status if any match is found
-s, --no-messages
suppress error messages about nonexistent or unreadable files
-H, --with-filename
print the file name for each match (the default when there is more than one file to search)
-h, --no-filename
suppress the prefixing of file names on output
-n, --line-number
prefix each line of output with its 1-based line number within its input file
-A NUM, --after-context=NUM
print NUM lines of trailing context after matching lines
-B NUM, --before-context=NUM
print NUM lines of leading context before matching lines
-C NUM, -NUM, --context=NUM
print NUM lines of output context
-r, --recursive
read all files under each directory, recursively
--include=GLOB, --exclude=GLOB
search only files whose base name matches GLOB, or skip them
--color[=WHEN]
accepted; this terminal never colours matches

EXIT STATUS
Normally the exit status is 0 if a line is selected, 1 if no lines were selected, and 2 if an error occurred. However, if -q is used and a line is selected, the exit status is 0 even if an error occurred.`;
