-- wrk script of bench/load.sh: headers from the environment, one summary line at the end.
--   BENCH_COOKIE  e.g. "SESSION=…"        BENCH_AUTH  e.g. "Bearer mut_…"
-- Prints: "RESULT req/s p50 p95 p99 requests non2xx redirects timeouts socket_errors bytes_per_response"
-- (latencies in ms; non2xx counts every answer outside 200-299, redirects the 3xx among them:
-- a 302 to /login means the session broke).
local cookie = os.getenv("BENCH_COOKIE")
local auth = os.getenv("BENCH_AUTH")
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  redirects = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if status >= 300 and status < 400 then redirects = redirects + 1 end
  end
end

function done(summary, latency, requests)
  local bad, moved = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("non2xx")
    moved = moved + t:get("redirects")
  end
  local e = summary.errors
  local n = summary.requests
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d %d %d %d %d\n",
    n / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    n, bad, moved, e.timeout, e.connect + e.read + e.write,
    n > 0 and math.floor(summary.bytes / n) or 0))
end
