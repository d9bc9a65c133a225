# extension/expand.awk: expands the repeated declarations of jamsostek.sql.in
# into the install script (the Makefile runs it; see that file's header).
#
# A block
#   -- @each NAME: tag1=type1 tag2=type2 ...
#   -- @each OTHER: ...              (any number of these: a cross product)
#   ... lines using {NAME} (the type) and {NAME.tag} (the tag) ...
#   -- @end
# is written once per combination, the first @each outermost.  Every other
# line is copied as it is.  Plain awk, so the build needs nothing else.

function emit(level,    i, line, k)
{
	if (level > nvars) {
		for (i = 1; i <= nbody; i++) {
			line = body[i];
			for (k = 1; k <= nvars; k++) {
				gsub("\\{" var[k] "\\.tag\\}", cur_tag[k], line);
				gsub("\\{" var[k] "\\}", cur_type[k], line);
			}
			if (line ~ /\{[a-z_]+(\.tag)?\}/) {
				print "expand.awk: unknown placeholder in: " line > "/dev/stderr";
				failed = 1;
				exit 1;
			}
			print line;
		}
		return;
	}
	for (i = 1; i <= nvals[level]; i++) {
		cur_tag[level] = tag[level, i];
		cur_type[level] = type[level, i];
		emit(level + 1);
	}
}

/^-- @each [a-z_]+:/ {
	nvars++;
	var[nvars] = $3;
	sub(/:$/, "", var[nvars]);
	nvals[nvars] = 0;
	for (f = 4; f <= NF; f++) {
		split($f, pair, "=");
		nvals[nvars]++;
		tag[nvars, nvals[nvars]] = pair[1];
		type[nvars, nvals[nvars]] = pair[2];
	}
	inblock = 1;
	nbody = 0;
	next;
}

/^-- @end$/ && inblock {
	emit(1);
	inblock = 0;
	nvars = 0;
	next;
}

inblock { body[++nbody] = $0; next; }

{ print }

END {
	if (inblock && !failed) {
		print "expand.awk: -- @each without -- @end" > "/dev/stderr";
		exit 1;
	}
}
