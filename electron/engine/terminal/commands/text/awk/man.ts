/** awk(1), shortened to the language this awk runs. */
export const AWK_MAN = `awk is an interpreter for the AWK Programming Language. A program is a sequence of pattern {action} pairs: each input line (record) is split into fields $1 … $NF, and each action runs for the records its pattern matches. A missing pattern matches every record; a missing action prints it.

Patterns are BEGIN, END, an expression (e.g. $9 >= 500, NR > 1), a regular expression /re/, or a range pattern1, pattern2. Actions use print, printf, if/else, while, do, for (i = 0; i < n; i++), for (key in array), next, exit, break, continue and delete; arrays are associative (count[$1]++). Built-in variables: NR, NF, FNR, FS, OFS, ORS, FILENAME, RSTART, RLENGTH, SUBSEP, ENVIRON. Functions: length, substr, index, split, sub, gsub, match, sprintf, tolower, toupper, int, sqrt, exp, log, sin, cos, atan2, rand, srand.

Not supported here: user-defined functions, getline, and output redirection (print > file, print | cmd).

OPTIONS
-F value
sets the field separator, FS, to value
-f file
program text is read from file instead of from the command line
-v var=value
assigns value to program variable var
--
indicates the unambiguous end of options

EXAMPLES
awk '{print $1}' access.log
awk -F, '$3 > 100 {print $1, $3}' data.csv
awk '$9 >= 500 {n++} END {print n}' access.log
awk '{sum += $NF} END {print sum / NR}' latency.txt`;
