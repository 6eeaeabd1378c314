-- wrk script of bench/load.sh: headers from the environment, one summary line at the end.
--   BENCH_COOKIE  e.g. "SESSION=…"        BENCH_AUTH  e.g. "Bearer mut_…"
--   BENCH_COOKIES several cookies separated by spaces ("SESSION=a SESSION=b …"): one per user, the
--                 requests of each wrk thread take them in turn (20 users = 20 sessions, as in life;
--                 one session shared by every connection serialises the session row's updates)
--   BENCH_THINK_MS a user's think time between two clicks, in ms (each wait drawn between half and
--                 one and a half of it): each connection is then one person, not a loop that never
--                 waits; the latencies wrk reports leave the waits out
-- Prints: "RESULT req/s p50 p95 p99 requests non2xx redirects timeouts socket_errors bytes_per_response"
-- (latencies in ms; non2xx counts every answer outside 200-299, redirects the 3xx among them:
-- a 302 to /login means the session broke).
local cookie = os.getenv("BENCH_COOKIE")
local auth = os.getenv("BENCH_AUTH")
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end

local cookies = {}
for c in string.gmatch(os.getenv("BENCH_COOKIES") or "", "[^ ]+") do table.insert(cookies, c) end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("turn", #threads * 7)
end

function init(args)
  non2xx = 0
  redirects = 0
end

local think = tonumber(os.getenv("BENCH_THINK_MS") or "0") or 0
if think > 0 then
  function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end

if #cookies > 0 then
  function request()
    turn = turn + 1
    wrk.headers["Cookie"] = cookies[(turn % #cookies) + 1]
    return wrk.format(nil, nil, wrk.headers)
  end
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
