// test/clients/node/client.js: node-postgres (the `pg` package from the npm
// registry, pinned in package.json / package-lock.json) against jamsostek.
//
// node-postgres sends every parameter untyped (type OID 0) as text, which is
// how JavaScript dashboards and many BI back ends call the database.  Checks:
//   - every scalar function and every summary accessor, called with untyped
//     parameters only, answers exactly (as text) what psql prints for the
//     same call written with literals; a few answers also against hand
//     arithmetic;
//   - a pg.Pool running the calls concurrently gets the same answers;
//   - an error's `code` is our SQLSTATE.
// Connection from the PG* environment (pg_virtualenv sets it).
'use strict';

const { execFileSync } = require('node:child_process');
const pg = require('pg');

let passed = 0;
let failed = 0;

function check(name, got, want)
{
	if (got === want) {
		passed++;
		console.log(`ok - ${name}`);
	} else {
		failed++;
		console.log(`FAILED - ${name}\n  expected: ${JSON.stringify(want)}\n  got:      ${JSON.stringify(got)}`);
	}
}

// psql's text for a query: the reference every answer must equal.
function psqlText(sql)
{
	return execFileSync('psql', ['-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql],
						{ encoding: 'utf8' }).replace(/\n$/, '');
}

// A SQL literal for psql's side of the comparison.
function literal(v)
{
	return v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`;
}

const cs = '(v1,covered:731991,population:2732330,rows:1)';
const gs = '(v1,period:year,first:2023,first_total:212266,last:2024,last_total:261814,rows:2)';

// [function, arguments]: every scalar function and every accessor.  The
// untyped call is `fn($1, ..., $n)`; psql's is the same with the values as
// quoted (also untyped) literals.
const calls = [
	['coverage_ratio', [731991, 2732330]],
	['coverage_pct', [731991, 2732330]],
	['coverage_pct', [731991, 2732330, 4]],
	['growth_rate', [261814, 212266]],
	['growth_pct', [261814, 212266]],
	['growth_pct', [20797, 23637, 1]],
	['pp_change', ['0.55', '0.44']],
	['cagr', [212266, 261814, 2]],
	['required_growth', [580000, 782000, 1]],
	['years_to_target', [580000, 782000, '0.05']],
	['target_attainment', [20797, 23000]],
	['target_shortfall', [20797, 23000]],
	['coverage_shortfall', [580000, 1300000, '0.55']],
	['coverage_pct', [null, 10]],
	['parse_id_number', ['2,7 juta']],
	['parse_id_percent', ['26,79 persen']],
	['try_parse_id_number', ['bukan angka']],
	['try_parse_id_percent', ['41,84%']],
	['format_id_number', [731991]],
	['format_id_number', ['26.7912', 2]],
	['format_rupiah', [1500000000]],
	['format_rupiah', [1500000000, 'short']],
	['province_name', ['17']],
	['province_name', ['94', 'bps']],
	['province_iso', ['18']],
	['coverage_summary_ratio', [cs]],
	['coverage_summary_pct', [cs]],
	['coverage_summary_pct', [cs, 4]],
	['coverage_summary_shortfall', [cs, '0.55']],
	['coverage_summary_covered', [cs]],
	['coverage_summary_population', [cs]],
	['coverage_summary_rows', [cs]],
	['growth_summary_rate', [gs]],
	['growth_summary_pct', [gs]],
	['growth_summary_pct', [gs, 3]],
	['growth_summary_cagr', [gs]],
];

function untypedSql(fn, args)
{
	return `SELECT ${fn}(${args.map((_, i) => `$${i + 1}`).join(', ')})::text AS v`;
}

function label(fn, args)
{
	return `${fn}(${args.map((a) => (a === null ? 'NULL' : String(a))).join(', ')})`;
}

async function main()
{
	const client = new pg.Client();
	await client.connect();

	// Every call, untyped parameters, one connection.
	const answers = [];
	for (const [fn, args] of calls) {
		const want = psqlText(`SELECT ${fn}(${args.map(literal).join(', ')})::text`);
		let got;
		try {
			const res = await client.query(untypedSql(fn, args), args);
			got = res.rows[0].v === null ? '' : res.rows[0].v;
		} catch (e) {
			got = `ERROR ${e.code}: ${e.message}`;
		}
		answers.push(want);
		check(`untyped ${label(fn, args)} = psql's ${JSON.stringify(want)}`, got, want);
	}

	// Hand arithmetic for the headline figures, through node-postgres's own
	// type handling (numeric arrives as a string, exact).
	//   731991 / 2732330 = 0.267900... -> 26.79; 261814 / 212266 - 1 =
	//   0.233424... -> 23.34; ceil(0.55 * 1300000 - 580000) = 135000
	const r = await client.query('SELECT coverage_pct($1, $2) AS a, growth_pct($3, $4) AS b, coverage_shortfall($5, $6, $7) AS c',
								 [731991, 2732330, 261814, 212266, 580000, 1300000, 0.55]);
	check('coverage_pct($1, $2) of Lampung is 26.79', r.rows[0].a, '26.79');
	check('growth_pct($1, $2) of Bengkulu is 23.34', r.rows[0].b, '23.34');
	check('coverage_shortfall($1, $2, $3) of Jambi is 135000', r.rows[0].c, '135000');

	// A JavaScript null is sent as an untyped NULL: STRICT functions answer NULL.
	const n = await client.query('SELECT coverage_pct($1, $2) AS v', [null, null]);
	check('coverage_pct(NULL, NULL) from JavaScript nulls is NULL', n.rows[0].v, null);

	// Errors carry our SQLSTATE and message.
	for (const [sql, params, code, part] of [
		['SELECT coverage_pct($1, $2)', [1, -5], '22023', 'population must not be negative'],
		['SELECT coverage_shortfall($1, $2, $3)', [1, 2, 55], '22023', 'target_ratio must be between 0 and 1'],
		['SELECT parse_id_number($1)', ['2,7 jutaan'], '22P02', 'invalid Indonesian number'],
		['SELECT coverage_summary_pct($1)', ['(v1,covered:1)'], '22P02', 'coverage_summary'],
	]) {
		try {
			await client.query(sql, params);
			check(`${sql} with ${JSON.stringify(params)} fails with ${code}`, 'no error', code);
		} catch (e) {
			check(`${sql} with ${JSON.stringify(params)} fails with ${code}`, e.code, code);
			check(`  and its message names the problem (${part})`, e.message.includes(part), true);
		}
	}
	await client.end();

	// A pool of 4 connections running every call 5 times concurrently: the
	// same answers as the single connection.
	const pool = new pg.Pool({ max: 4 });
	const jobs = [];
	for (let round = 0; round < 5; round++) {
		calls.forEach(([fn, args], i) => {
			jobs.push(pool.query(untypedSql(fn, args), args).then((res) => [i, res.rows[0].v === null ? '' : res.rows[0].v]));
		});
	}
	const results = await Promise.all(jobs);
	const wrong = results.filter(([i, v]) => v !== answers[i]).length;
	check(`pg.Pool: ${results.length} concurrent untyped calls over 4 connections, all equal to psql's answers`, wrong, 0);
	await pool.end();

	console.log(`node-postgres ${require('pg/package.json').version}: ${passed} passed, ${failed} failed`);
	process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
	console.log(`FAILED - node client: ${e.stack}`);
	process.exit(1);
});
