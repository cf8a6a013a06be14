-- wrk script: GET /api/search with a rotating set of queries (Bangla words, digits, codes, filters) and the session
-- cookie of a signed-in analyst; prints p50/p90/p95/p99 latency. Used by scripts/bench-web-search.sh.
local queries = {
  "q=%E0%A6%87-%E0%A6%A8%E0%A6%A5%E0%A6%BF",                                   -- ই-নথি
  "q=%E0%A6%A4%E0%A6%A5%E0%A7%8D%E0%A6%AF%20%E0%A6%AC%E0%A6%BE%E0%A6%A4%E0%A6%BE%E0%A6%AF%E0%A6%BC%E0%A6%A8", -- তথ্য বাতায়ন
  "q=%E0%A6%89%E0%A6%A6%E0%A7%8D%E0%A6%AD%E0%A6%BE%E0%A6%AC%E0%A6%A8",          -- উদ্ভাবন
  "q=%E0%A6%B9%E0%A6%BE%E0%A6%B2%E0%A6%A8%E0%A6%BE%E0%A6%97%E0%A6%BE%E0%A6%A6&fy=2023-24", -- হালনাগাদ, one year
  "indicator=1.1.1&period=Q2",
  "q=%E0%A7%A7.%E0%A7%A7.%E0%A7%A7",                                            -- ১.১.১
  "q=%E0%A6%B8%E0%A7%87%E0%A6%AC%E0%A6%BE%20%E0%A6%B8%E0%A6%B9%E0%A6%9C%E0%A6%BF%E0%A6%95%E0%A6%B0%E0%A6%A3&sort=score", -- সেবা সহজিকরণ by score
  "q=%E0%A6%93%E0%A6%AF%E0%A6%BC%E0%A7%87%E0%A6%AC%E0%A6%B8%E0%A6%BE%E0%A6%87%E0%A6%9F&offset=20", -- ওয়েবসাইট, page 2
}
local cookie = os.getenv("SUCHI_COOKIE")
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?" .. queries[(i % #queries) + 1] .. (os.getenv("SUCHI_EXTRA") or ""), {["Cookie"] = cookie})
end
local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-200 %d, %.1f req/s\n", summary.requests, summary.errors.status,
    summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.1f ms\n", latency.max / 1000))
end
