"""Regenerates pipelines/extract/data/divisions.yaml (the gazetteer) from cpca's 2021 adcodes and pypinyin.

Dev-only: `pip install cpca pypinyin` first; the pipeline itself reads only the YAML.
Hand corrections for English names live in EN below; rerun and review the diff when divisions change.
"""
import csv, re, sys
from pathlib import Path
import cpca, pypinyin
res = Path(cpca.__file__).parent / "resources"
rows = list(csv.DictReader(open(res / "adcodes.csv", encoding="utf-8")))
nations = [r.strip().split(",")[0] for r in open(res / "56_nations.csv", encoding="utf-8")][1:]
nat_short = sorted({n for n in nations} | {n[:-1] for n in nations if n.endswith("族") and len(n) > 2}, key=len, reverse=True)
ETH = "(?:" + "|".join(map(re.escape, nat_short)) + ")"

EN = {"内蒙古": "Inner Mongolia", "西藏": "Tibet", "陕西": "Shaanxi", "香港": "Hong Kong", "澳门": "Macao",
      "台湾": "Taiwan", "哈尔滨": "Harbin", "乌鲁木齐": "Urumqi", "呼和浩特": "Hohhot", "喀什": "Kashgar",
      "日喀则": "Shigatse", "阿克苏": "Aksu", "克拉玛依": "Karamay", "吐鲁番": "Turpan", "和田": "Hotan",
      "阿勒泰": "Altay", "伊犁": "Ili", "博尔塔拉": "Bortala", "巴音郭楞": "Bayingolin", "克孜勒苏": "Kizilsu",
      "林芝": "Nyingchi", "那曲": "Nagqu", "阿里": "Ngari", "昌都": "Qamdo", "果洛": "Golog", "锡林郭勒": "Xilingol",
      "鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "巴彦淖尔": "Bayannur", "乌兰察布": "Ulanqab", "兴安": "Hinggan",
      "阿拉善": "Alxa", "甘孜": "Garze", "阿坝": "Ngawa", "六安": "Lu'an", "满洲里": "Manzhouli", "二连浩特": "Erenhot",
      "石河子": "Shihezi", "伊宁": "Yining", "库尔勒": "Korla", "阿图什": "Artux", "博乐": "Bole", "奎屯": "Kuytun",
      "阿拉尔": "Aral", "图木舒克": "Tumxuk", "格尔木": "Golmud", "德令哈": "Delingha", "香格里拉": "Shangri-La",
      "蚌埠": "Bengbu", "亳州": "Bozhou", "丽水": "Lishui", "丽江": "Lijiang", "长治": "Changzhi", "乐山": "Leshan",
      "厦门": "Xiamen", "重庆": "Chongqing", "长沙": "Changsha", "长春": "Changchun", "莆田": "Putian",
      "漯河": "Luohe", "衢州": "Quzhou", "濮阳": "Puyang", "朝阳": "Chaoyang", "大理": "Dali", "单": "Shan",
      "东营": "Dongying", "泸州": "Luzhou", "阆中": "Langzhong", "都江堰": "Dujiangyan", "乐清": "Yueqing",
      "乐平": "Leping", "乐陵": "Laoling", "茌平": "Chiping", "兖州": "Yanzhou", "洪洞": "Hongtong", "荥阳": "Xingyang",
      "长葛": "Changge", "番禺": "Panyu", "涪陵": "Fuling", "秦皇岛": "Qinhuangdao", "张家口": "Zhangjiakou",
      "石家庄": "Shijiazhuang", "大庆": "Daqing", "宿迁": "Suqian", "宿州": "Suzhou", "台州": "Taizhou",
      "铜仁": "Tongren", "什邡": "Shifang", "万宁": "Wanning", "儋州": "Danzhou", "珠海": "Zhuhai", "汕头": "Shantou",
      "澄迈": "Chengmai", "屯昌": "Tunchang", "大冶": "Daye", "枝江": "Zhijiang", "沅江": "Yuanjiang", "会理": "Huili",
      "隆昌": "Longchang", "华蓥": "Huaying", "蓬莱": "Penglai", "莱阳": "Laiyang", "曲阜": "Qufu", "藁城": "Gaocheng", "拉萨": "Lhasa", "齐齐哈尔": "Qiqihar", "大兴安岭": "Da Hinggan Ling", "天长": "Tianchang", "都匀": "Duyun", "霍林郭勒": "Huolingol", "乌兰浩特": "Ulanhot", "锡林浩特": "Xilinhot", "额尔古纳": "Ergun", "阿尔山": "Arxan", "霍尔果斯": "Khorgas", "宜都": "Yidu", "泊头": "Botou", "铁门关": "Tiemenguan", "阿拉山口": "Alashankou", "马尔康": "Barkam", "合作": "Hezuo"}

def en(zh):
    if zh in EN:
        return EN[zh]
    syl = pypinyin.lazy_pinyin(zh, style=pypinyin.Style.NORMAL)
    out = syl[0]
    for s in syl[1:]:
        out += ("'" if s[0] in "aoe" else "") + s
    return out.capitalize()

def short(name):
    n = name
    for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省"):
        if n.endswith(suf) and len(n) > len(suf) + 1:
            return n[: -len(suf)]
    m = re.match(rf"^(.+?)(?:{ETH})+自治[州县]$", n)
    if m:
        return m.group(1)
    for suf in ("自治州", "地区", "市", "盟"):
        if n.endswith(suf) and len(n) > len(suf) + 1:
            return n[: -len(suf)]
    return n

def kind_of(name):
    if name.endswith("特别行政区"): return "sar"
    if name.endswith("自治区"): return "autonomous_region"
    if name.endswith("省"): return "province"
    return "municipality"

by = {r["adcode"]: r["name"] for r in rows}
prov, cities, counties = {}, [], []
for code, name in sorted(by.items()):
    if code.endswith("0000000000"):
        prov[code[:2]] = {"zh": short(name), "full": name, "en": en(short(name)), "kind": kind_of(name)}
lines = ["# China's administrative divisions: every provincial-level division, every prefecture-level",
         "# division, and the county-level cities. Generated once from public adcode data (2021) with pinyin",
         "# romanisation, conventional English names where they differ (Tibet, Harbin, Urumqi...).",
         "# `zh` is the short Chinese name (no 省/市/自治区 suffix); `full` the official one.", "provinces:"]
for p in prov.values():
    lines.append(f"  - {{zh: {p['zh']}, full: {p['full']}, en: \"{p['en']}\", kind: {p['kind']}}}")
lines.append("cities:")
seen = set()
for code, name in sorted(by.items()):
    if code.endswith("00000000") and not code.endswith("0000000000") and code[:2] not in ("11", "12", "31", "50"):
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        pr = prov[code[:2]]
        if short(name) in {p["zh"] for p in prov.values()} and name.endswith("自治州"):  # not Hainan
            continue
        lines.append(f"  - {{zh: {short(name)}, full: {name}, en: \"{en(short(name))}\", province: \"{pr['en']}\", kind: prefecture}}")
        seen.add(name)
for code, name in sorted(by.items()):
    if not code.endswith("000000") or code.endswith("00000000") or not name.endswith("市") or name in seen:
        continue
    pr = prov[code[:2]]
    lines.append(f"  - {{zh: {short(name)}, full: {name}, en: \"{en(short(name))}\", province: \"{pr['en']}\", kind: county}}")
lines += ["# Towns that are national venues in their own right (Boao Forum, World Internet Conference).",
          "towns:",
          "  - {zh: 博鳌, full: 博鳌镇, en: \"Boao\", province: \"Hainan\", kind: town}",
          "  - {zh: 乌镇, full: 乌镇, en: \"Wuzhen\", province: \"Zhejiang\", kind: town}"]
sys.stdout.write("\n".join(lines) + "\n")
