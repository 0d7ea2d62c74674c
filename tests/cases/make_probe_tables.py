"""Writes probe-tables.gold.jsonl: 40 progress-table rows written for testing (not taken from any
report), hand-annotated in the gold schema: sectors, units, numerals, traditional characters,
periods, statuses and coordination of every kind. Run: python tests/cases/make_probe_tables.py"""
from pathlib import Path
import json, re
from decimal import Decimal

MULT = {"万": Decimal(10**4), "亿": Decimal(10**8), "千": Decimal(1000), "百": Decimal(100),
        "萬": Decimal(10**4), "億": Decimal(10**8)}
def norm(v, unit):
    x = Decimal(str(v))
    u = unit
    while u and u[0] in MULT and len(u) > 1:
        x *= MULT[u[0]]; u = u[1:]
    return x

rows = []
def M(text, value, unit, metric, kind="level", nth=None, **kw):
    d = {"text": text, "metric": metric, "value": value, "unit": unit, "kind": kind}
    if nth is not None: d["nth"] = nth
    d.update(kw); return d

def row(task, progress, targets=(), other=(), actuals=(), pairs=(), note=""):
    item = len(rows) + 1
    T = []
    for i, t in enumerate(targets, 1):
        t = dict(t); t.setdefault("bound", "exact"); T.append({"id": f"t{i}", **t})
    O = []
    for i, o in enumerate(other, 1):
        o = dict(o); O.append({"id": f"o{i}", "text": o["text"], "value": o["value"], "unit": o["unit"], "why": o["why"], **({"nth": o["nth"]} if "nth" in o else {})})
    A = []
    for i, a in enumerate(actuals, 1):
        a = dict(a); a.setdefault("period", None); A.append({"id": f"a{i}", **a})
    for col, lst in ((task, T + O), (progress, A)):
        for m in lst:
            c = col.count(m["text"])
            assert c >= 1, (item, m["text"])
            if c > 1:
                pass  # nth checked below
            n = m.get("nth", 0)
            assert n < c, (item, m["text"], n, c)
    # distinct (text, nth) mentions in the same column must not collide, except shared 各/均 targets
    P = []
    byid = {m["id"]: m for m in T + A}
    for tgt, acts, *rest in pairs:
        t = byid[tgt]
        if rest and rest[0] == "signed":
            a = byid[acts[0]]
            r = -float(norm(a["value"], a["unit"]) / norm(t["value"], t["unit"]))
            p = {"target": tgt, "actuals": list(acts), "ratio": round(r, 4)}
        else:
            s = sum(norm(byid[a]["value"], byid[a]["unit"]) for a in acts)
            r = float(s / norm(t["value"], t["unit"]))
            p = {"target": tgt, "actuals": list(acts), "ratio": round(r, 4)}
            if len(acts) > 1: p["combine"] = "sum"
        P.append(p)
    rows.append({"doc": "probe", "item": item, "task": task, "owners": "", "progress": progress,
                 "targets": T, "other": O, "actuals": A, "pairs": P, "note": note})

# 1 交通, one-liner with completion share
row("新改建农村公路120公里",
    "截至10月底,全县新改建农村公路96.5公里,完成年度任务的80.4%。",
    targets=[M("120公里", 120, "公里", "新改建农村公路")],
    actuals=[M("96.5公里", 96.5, "公里", "新改建农村公路", period="截至10月底"),
             M("80.4%", 80.4, "%", "完成年度任务的(比例)", period="截至10月底")],
    pairs=[("t1", ["a1"])],
    note="The completion share is an actual of its own, not paired.")

# 2 水利, status 已完成 / 正在推进
row("完成小型水库除险加固15座,新增恢复灌溉面积2.3万亩。",
    "已完成除险加固水库12座,其余3座正在推进主体工程施工;新增恢复灌溉面积2.56万亩。",
    targets=[M("15座", 15, "座", "小型水库除险加固"), M("2.3万亩", 2.3, "万亩", "新增恢复灌溉面积")],
    actuals=[M("12座", 12, "座", "已完成除险加固水库"), M("3座", 3, "座", "正在推进施工的水库"),
             M("2.56万亩", 2.56, "万亩", "新增恢复灌溉面积")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="3座 still under construction do not answer a completion target.")

# 3 教育, Chinese numerals
row("新建改扩建中小学校十所,新增公办学位8000个",
    "全年共建成投用中小学校十一所,新增公办学位8650个,有效缓解城区学位紧张问题。",
    targets=[M("十所", 10, "所", "新建改扩建中小学校"), M("8000个", 8000, "个", "新增公办学位")],
    actuals=[M("十一所", 11, "所", "建成投用中小学校", period="全年"), M("8650个", 8650, "个", "新增公办学位", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 4 卫生, 张 beds and a per-thousand rate
row("新增医疗卫生机构床位800张,每千人口执业(助理)医师数达到3.2人",
    "1-9月,全市新增医疗卫生机构床位636张;每千人口执业(助理)医师数达3.28人。",
    targets=[M("800张", 800, "张", "新增医疗卫生机构床位"), M("3.2人", 3.2, "人", "每千人口执业(助理)医师数")],
    actuals=[M("636张", 636, "张", "新增医疗卫生机构床位", period="1-9月"),
             M("3.28人", 3.28, "人", "每千人口执业(助理)医师数", period="1-9月")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="每千人口 is the basis of the rate, not a quantity.")

# 5 农业, elided subject
row("粮食播种面积稳定在52万亩以上,粮食总产量达到20万吨",
    "全年粮食播种面积52.6万亩,总产量20.8万吨,同比增长2.1%。",
    targets=[M("52万亩", 52, "万亩", "粮食播种面积", bound="min"), M("20万吨", 20, "万吨", "粮食总产量")],
    actuals=[M("52.6万亩", 52.6, "万亩", "粮食播种面积", period="全年"),
             M("20.8万吨", 20.8, "万吨", "粮食总产量", period="全年"),
             M("2.1%", 2.1, "%", "粮食总产量同比增长", kind="growth", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="总产量 elides 粮食; 同比增长 elides the subject.")

# 6 工业 growth 左右, rank not a quantity
row("规模以上工业增加值增长8%左右",
    "前三季度,全县规上工业增加值同比增长9.3%,增速居全市第2位。",
    targets=[M("8%", 8, "%", "规模以上工业增加值", kind="growth", bound="approx")],
    actuals=[M("9.3%", 9.3, "%", "规上工业增加值同比增长", kind="growth", period="前三季度")],
    pairs=[("t1", ["a1"])],
    note="规上 = 规模以上. 全市第2位 is a rank.")

# 7 招商, class thresholds, 美元
row("全年引进超亿元项目30个以上,实际利用外资1.5亿美元",
    "1-11月,新引进超亿元项目34个,其中超10亿元项目5个;实际利用外资1.12亿美元,完成年度目标的74.7%。",
    targets=[M("30个", 30, "个", "引进超亿元项目", bound="min"), M("1.5亿美元", 1.5, "亿美元", "实际利用外资")],
    other=[{"text": "超亿元", "value": 1, "unit": "亿元", "why": "class threshold"}],
    actuals=[M("超亿元", 1, "亿元", "超亿元项目(class)", period=None),
             M("34个", 34, "个", "新引进超亿元项目", period="1-11月"),
             M("超10亿元", 10, "亿元", "超10亿元项目(class)", period=None),
             M("5个", 5, "个", "超10亿元项目", period="1-11月"),
             M("1.12亿美元", 1.12, "亿美元", "实际利用外资", period="1-11月"),
             M("74.7%", 74.7, "%", "完成年度目标的(比例)", period="1-11月")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])])

# 8 环保: reduction and level, 个百分点 change
row("PM2.5平均浓度下降5%,空气质量优良天数比率达到90%以上",
    "1-10月,全市PM2.5平均浓度为28微克/立方米,同比下降6.7%;空气质量优良天数比率为92.4%,同比提高1.8个百分点。",
    targets=[M("5%", 5, "%", "PM2.5平均浓度", kind="reduction"), M("90%", 90, "%", "空气质量优良天数比率", bound="min")],
    actuals=[M("28微克/立方米", 28, "微克/立方米", "PM2.5平均浓度", period="1-10月"),
             M("6.7%", 6.7, "%", "PM2.5平均浓度同比下降", kind="reduction", period="1-10月"),
             M("92.4%", 92.4, "%", "空气质量优良天数比率", period="1-10月"),
             M("1.8个百分点", 1.8, "个百分点", "空气质量优良天数比率同比提高", kind="growth", period="1-10月")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="PM2.5 is a name. Reduction answers reduction (positive ratio).")

# 9 民生 就业, 其中 sub-target with smaller unit
row("城镇新增就业1.8万人,其中帮扶就业困难人员再就业1200人",
    "截至11月底,城镇新增就业1.93万人,完成年度目标的107.2%;帮助就业困难人员实现再就业1356人。",
    targets=[M("1.8万人", 1.8, "万人", "城镇新增就业"), M("1200人", 1200, "人", "帮扶就业困难人员再就业")],
    actuals=[M("1.93万人", 1.93, "万人", "城镇新增就业", period="截至11月底"),
             M("107.2%", 107.2, "%", "完成年度目标的(比例)", period="截至11月底"),
             M("1356人", 1356, "人", "就业困难人员实现再就业", period="截至11月底")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])])

# 10 文旅, traditional characters
row("全年接待遊客1500萬人次,實現旅遊總收入150億元",
    "1-10月,全市累計接待遊客1386.2萬人次,同比增長12.5%;實現旅遊總收入138.7億元,同比增長15.1%。",
    targets=[M("1500萬人次", 1500, "萬人次", "接待遊客"), M("150億元", 150, "億元", "實現旅遊總收入")],
    actuals=[M("1386.2萬人次", 1386.2, "萬人次", "累計接待遊客", period="1-10月"),
             M("12.5%", 12.5, "%", "接待遊客同比增長", kind="growth", period="1-10月"),
             M("138.7億元", 138.7, "億元", "實現旅遊總收入", period="1-10月"),
             M("15.1%", 15.1, "%", "旅遊總收入同比增長", kind="growth", period="1-10月")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. 累計 here is the year-to-date total.")

# 11 财政: growth answered by a fall (signed ratio)
row("一般公共预算收入增长6%",
    "受大规模减税降费政策影响,前三季度一般公共预算收入完成18.4亿元,同比下降3.2%。",
    targets=[M("6%", 6, "%", "一般公共预算收入", kind="growth")],
    actuals=[M("18.4亿元", 18.4, "亿元", "一般公共预算收入", period="前三季度"),
             M("3.2%", 3.2, "%", "一般公共预算收入同比下降", kind="reduction", period="前三季度")],
    pairs=[("t1", ["a2"], "signed")],
    note="Fall answering growth: signed ratio -3.2/6, as phenomena row 18.")

# 12 住建 老旧小区: number restated as the subject of 全部开工
row("新开工改造城镇老旧小区45个,惠及居民1.2万户",
    "全区45个老旧小区改造项目已全部开工,惠及居民12680户,其中已完工18个。",
    targets=[M("45个", 45, "个", "新开工改造城镇老旧小区"), M("1.2万户", 1.2, "万户", "惠及居民")],
    actuals=[M("45个", 45, "个", "已全部开工老旧小区改造项目"), M("12680户", 12680, "户", "惠及居民"),
             M("18个", 18, "个", "已完工老旧小区改造项目")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="全部开工 confirms all 45 started; 18个 completed is a stricter status but a subset, the 开工 count answers.")

# 13 港口 标准箱
row("港口集装箱吞吐量达到120万标准箱",
    "1-11月,港口完成集装箱吞吐量113.6万标准箱,同比增长9.8%。",
    targets=[M("120万标准箱", 120, "万标准箱", "港口集装箱吞吐量")],
    actuals=[M("113.6万标准箱", 113.6, "万标准箱", "港口集装箱吞吐量", period="1-11月"),
             M("9.8%", 9.8, "%", "集装箱吞吐量同比增长", kind="growth", period="1-11月")],
    pairs=[("t1", ["a1"])])

# 14 能源 万千瓦, 其中 part unpaired
row("新增光伏装机容量50万千瓦,建成公共充电桩2000个",
    "新增光伏并网装机容量38.2万千瓦;建成公共充电桩1860个,其中快充桩620个。",
    targets=[M("50万千瓦", 50, "万千瓦", "新增光伏装机容量"), M("2000个", 2000, "个", "建成公共充电桩")],
    actuals=[M("38.2万千瓦", 38.2, "万千瓦", "新增光伏并网装机容量"), M("1860个", 1860, "个", "建成公共充电桩"),
             M("620个", 620, "个", "快充桩")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 15 full-width digits
row("新建５Ｇ基站１２００个",
    "截至９月底,已建成５Ｇ基站１３５６个,提前完成全年任务。",
    targets=[M("１２００个", 1200, "个", "新建5G基站")],
    actuals=[M("１３５６个", 1356, "个", "已建成5G基站", period="截至９月底")],
    pairs=[("t1", ["a1"])],
    note="Full-width digits; ５Ｇ is a name.")

# 16 no progress
row("完成造林绿化面积3.5万亩,森林覆盖率达到63.5%",
    "",
    targets=[M("3.5万亩", 3.5, "万亩", "造林绿化面积"), M("63.5%", 63.5, "%", "森林覆盖率")],
    note="No progress reported.")

# 17 different measure, nothing pairs
row("新增城市绿地面积80公顷",
    "新建口袋公园12个、城市绿道35公里,城市公园绿化品质进一步提升。",
    targets=[M("80公顷", 80, "公顷", "新增城市绿地面积")],
    actuals=[M("12个", 12, "个", "新建口袋公园"), M("35公里", 35, "公里", "城市绿道")],
    note="Parks and greenways do not measure green area: nothing pairs.")

# 18 max bound and approx growth
row("城镇调查失业率控制在5.5%以内,居民消费价格涨幅控制在3%左右",
    "1-10月,城镇调查失业率平均为5.2%,居民消费价格同比上涨0.4%。",
    targets=[M("5.5%", 5.5, "%", "城镇调查失业率", bound="max"),
             M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx")],
    actuals=[M("5.2%", 5.2, "%", "城镇调查失业率(平均)", period="1-10月"),
             M("0.4%", 0.4, "%", "居民消费价格同比上涨", kind="growth", period="1-10月")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 19 各 over two kinds
row("新增国家级、省级专精特新企业各5家",
    "新认定国家级专精特新“小巨人”企业6家、省级专精特新中小企业23家。",
    targets=[M("各5家", 5, "家", "新增国家级专精特新企业"), M("各5家", 5, "家", "新增省级专精特新企业")],
    actuals=[M("6家", 6, "家", "新认定国家级专精特新“小巨人”企业"), M("23家", 23, "家", "新认定省级专精特新中小企业")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 20 分别 in progress
row("地区生产总值增长6.5%,固定资产投资增长10%",
    "上半年,全县地区生产总值、固定资产投资分别增长7.1%和8.4%。",
    targets=[M("6.5%", 6.5, "%", "地区生产总值", kind="growth"), M("10%", 10, "%", "固定资产投资", kind="growth")],
    actuals=[M("7.1%", 7.1, "%", "地区生产总值增长", kind="growth", period="上半年"),
             M("8.4%", 8.4, "%", "固定资产投资增长", kind="growth", period="上半年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 21 sum of parts
row("新增省级以上众创空间、科技企业孵化器10家",
    "全年新认定省级众创空间4家、省级科技企业孵化器3家,新获批国家级科技企业孵化器2家。",
    targets=[M("10家", 10, "家", "新增省级以上众创空间、科技企业孵化器")],
    actuals=[M("4家", 4, "家", "省级众创空间", period="全年"), M("3家", 3, "家", "省级科技企业孵化器", period="全年"),
             M("2家", 2, "家", "国家级科技企业孵化器", period="全年")],
    pairs=[("t1", ["a1", "a2", "a3"])],
    note="One target over several kinds and levels: sum of the parts.")

# 22 预计全年 forecast does not answer
row("实现外贸进出口总额80亿元",
    "1-10月,全市外贸进出口总额完成66.3亿元,同比增长4.6%,预计全年可达82亿元。",
    targets=[M("80亿元", 80, "亿元", "外贸进出口总额")],
    actuals=[M("66.3亿元", 66.3, "亿元", "外贸进出口总额", period="1-10月"),
             M("4.6%", 4.6, "%", "外贸进出口总额同比增长", kind="growth", period="1-10月"),
             M("82亿元", 82, "亿元", "外贸进出口总额(全年预计)", period="全年")],
    pairs=[("t1", ["a1"])],
    note="预计全年 is a forecast (would-be ratio 1.025): the realised 1-10月 figure answers.")

# 23 target in 个百分点
row("常住人口城镇化率提高1.2个百分点",
    "全市常住人口城镇化率达到64.3%,比上年提高1.1个百分点。",
    targets=[M("1.2个百分点", 1.2, "个百分点", "常住人口城镇化率", kind="growth")],
    actuals=[M("64.3%", 64.3, "%", "常住人口城镇化率"),
             M("1.1个百分点", 1.1, "个百分点", "常住人口城镇化率比上年提高", kind="growth")],
    pairs=[("t1", ["a2"])])

# 24 traditional, 增長 + 達到 two targets
row("社會消費品零售總額增長8%,達到420億元",
    "全年社會消費品零售總額達到431.5億元,同比增長9.2%。",
    targets=[M("8%", 8, "%", "社會消費品零售總額", kind="growth"), M("420億元", 420, "億元", "社會消費品零售總額")],
    actuals=[M("431.5億元", 431.5, "億元", "社會消費品零售總額", period="全年"),
             M("9.2%", 9.2, "%", "社會消費品零售總額同比增長", kind="growth", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])])

# 25 prose, 养老, several numbers, 一是/二是 not quantities
row("新建城市社区嵌入式养老服务中心20家,新增养老床位1500张,开展老年人助餐服务不少于50万人次",
    "一是养老服务设施加快建设。全年新建成社区嵌入式养老服务中心22家,新增养老床位1620张,全市养老机构总床位达到1.86万张。二是助餐服务提质扩面。新建老年食堂(助餐点)85个,累计提供助餐服务62.4万人次,惠及老年人3.2万名。",
    targets=[M("20家", 20, "家", "新建城市社区嵌入式养老服务中心"), M("1500张", 1500, "张", "新增养老床位"),
             M("50万人次", 50, "万人次", "老年人助餐服务", bound="min")],
    actuals=[M("22家", 22, "家", "新建成社区嵌入式养老服务中心", period="全年"),
             M("1620张", 1620, "张", "新增养老床位", period="全年"),
             M("1.86万张", 1.86, "万张", "全市养老机构总床位", period="全年"),
             M("85个", 85, "个", "新建老年食堂(助餐点)"),
             M("62.4万人次", 62.4, "万人次", "累计提供助餐服务"),
             M("3.2万名", 3.2, "万名", "惠及老年人")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="1.86万张 is the stock of beds, not the increment. 累计 = this year's running total.")

# 26 卫生 不低于, age class threshold
row("65岁及以上老年人健康管理率不低于72%",
    "截至11月底,全区65岁及以上老年人健康管理率为74.6%,共为3.86万名老年人开展健康体检。",
    targets=[M("72%", 72, "%", "65岁及以上老年人健康管理率", bound="min")],
    other=[{"text": "65岁", "value": 65, "unit": "岁", "why": "class threshold (65岁及以上老年人)"}],
    actuals=[M("65岁", 65, "岁", "老年人年龄组(class)"),
             M("74.6%", 74.6, "%", "65岁及以上老年人健康管理率", period="截至11月底"),
             M("3.86万名", 3.86, "万名", "开展健康体检的老年人", period="截至11月底")],
    pairs=[("t1", ["a2"])])

# 27 均 over a list
row("农村生活污水治理率、生活垃圾分类覆盖率均达到95%以上",
    "全县农村生活污水治理率达到96.8%,农村生活垃圾分类覆盖率实现100%。",
    targets=[M("95%", 95, "%", "农村生活污水治理率", bound="min"), M("95%", 95, "%", "生活垃圾分类覆盖率", bound="min")],
    actuals=[M("96.8%", 96.8, "%", "农村生活污水治理率"), M("100%", 100, "%", "农村生活垃圾分类覆盖率")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 28 住建 套(间), one target unanswered
row("筹集保障性租赁住房3000套(间),开工建设公租房500套",
    "已筹集保障性租赁住房3260套(间),完成年度任务的108.7%;公租房项目正在办理施工许可手续,尚未开工。",
    targets=[M("3000套", 3000, "套", "筹集保障性租赁住房"), M("500套", 500, "套", "开工建设公租房")],
    actuals=[M("3260套", 3260, "套", "已筹集保障性租赁住房"), M("108.7%", 108.7, "%", "完成年度任务的(比例)")],
    pairs=[("t1", ["a1"])],
    note="公租房 not started: t2 has no answer.")

# 29 Chinese numerals incl. 两千万元
row("安排乡村振兴衔接资金两千万元,实施产业帮扶项目三十个",
    "已下达衔接资金2150万元,实施产业帮扶项目三十二个,带动1860户脱贫户增收。",
    targets=[M("两千万元", 2000, "万元", "乡村振兴衔接资金"), M("三十个", 30, "个", "实施产业帮扶项目")],
    actuals=[M("2150万元", 2150, "万元", "已下达衔接资金"), M("三十二个", 32, "个", "实施产业帮扶项目"),
             M("1860户", 1860, "户", "带动脱贫户增收")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="两千万元 = 2000万元.")

# 30 multi-year cumulative target
row("2023—2025年累计建设改造农村供水工程200处",
    "2023年以来累计建设改造农村供水工程168处,其中今年完成72处,受益人口11.5万人。",
    targets=[M("200处", 200, "处", "累计建设改造农村供水工程(2023—2025年)")],
    actuals=[M("168处", 168, "处", "2023年以来累计建设改造农村供水工程"), M("72处", 72, "处", "今年完成农村供水工程"),
             M("11.5万人", 11.5, "万人", "受益人口")],
    pairs=[("t1", ["a1"])],
    note="Multi-year target answered by the cumulative total; this year's increment stays unpaired.")

# 31 candidates awaiting acceptance: nothing pairs
row("创建国家级全域旅游示范区1个,新增4A级旅游景区2家",
    "国家级全域旅游示范区创建申报材料已上报文化和旅游部;2家景区已通过4A级景观质量评审,等待省级验收。",
    targets=[M("1个", 1, "个", "创建国家级全域旅游示范区"), M("2家", 2, "家", "新增4A级旅游景区")],
    actuals=[M("2家", 2, "家", "通过4A级景观质量评审、等待验收的景区")],
    note="Submitted / awaiting acceptance: does not answer (would-be ratio 1.0). 4A级 is a grade label.")

# 32 分别 in the task, tonnes
row("化学需氧量、氨氮排放量分别削减1200吨、150吨",
    "经初步核算,全年化学需氧量减排1286吨,氨氮减排142吨。",
    targets=[M("1200吨", 1200, "吨", "化学需氧量排放量削减"), M("150吨", 150, "吨", "氨氮排放量削减")],
    actuals=[M("1286吨", 1286, "吨", "化学需氧量减排", period="全年"), M("142吨", 142, "吨", "氨氮减排", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 33 traditional, 場 and 萬人, 約 on actual
row("舉辦文化惠民演出300場,惠及群眾30萬人",
    "全年共舉辦各類文化惠民演出326場,惠及群眾約34萬人。",
    targets=[M("300場", 300, "場", "舉辦文化惠民演出"), M("30萬人", 30, "萬人", "惠及群眾")],
    actuals=[M("326場", 326, "場", "舉辦各類文化惠民演出", period="全年"), M("34萬人", 34, "萬人", "惠及群眾", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="約 on an actual is not a bound.")

# 34 平方公里 and 公顷; progress percent of works
row("新增水土流失治理面积25平方公里,建设高标准农田1200公顷",
    "完成水土流失综合治理面积26.8平方公里;高标准农田建设项目已完成招标,正在组织施工,工程形象进度约60%。",
    targets=[M("25平方公里", 25, "平方公里", "新增水土流失治理面积"), M("1200公顷", 1200, "公顷", "建设高标准农田")],
    actuals=[M("26.8平方公里", 26.8, "平方公里", "水土流失综合治理面积"), M("60%", 60, "%", "高标准农田工程形象进度")],
    pairs=[("t1", ["a1"])],
    note="The works progress percentage does not measure the area target.")

# 35 上半年, elided subject growth, gap in 个百分点
row("社会消费品零售总额增长7%",
    "上半年,全区实现社会消费品零售总额86.4亿元,增长6.2%,增速比一季度提高0.8个百分点。",
    targets=[M("7%", 7, "%", "社会消费品零售总额", kind="growth")],
    actuals=[M("86.4亿元", 86.4, "亿元", "社会消费品零售总额", period="上半年"),
             M("6.2%", 6.2, "%", "社会消费品零售总额增长", kind="growth", period="上半年"),
             M("0.8个百分点", 0.8, "个百分点", "增速比一季度提高", period="上半年")],
    pairs=[("t1", ["a2"])])

# 36 突破 bound, 净增 unpaired
row("高新技术企业数量突破500家,全社会研发经费投入强度达到2.8%",
    "全市有效高新技术企业达到536家,净增87家;全社会研发经费投入强度为2.86%,居全省前列。",
    targets=[M("500家", 500, "家", "高新技术企业数量", bound="min"), M("2.8%", 2.8, "%", "全社会研发经费投入强度")],
    actuals=[M("536家", 536, "家", "有效高新技术企业"), M("87家", 87, "家", "高新技术企业净增"),
             M("2.86%", 2.86, "%", "全社会研发经费投入强度")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])])

# 37 交通 辆 and 条
row("更新新能源公交车150辆,新增公交线路8条",
    "全年更新纯电动公交车162辆,新开通公交线路6条,优化调整线路11条。",
    targets=[M("150辆", 150, "辆", "更新新能源公交车"), M("8条", 8, "条", "新增公交线路")],
    actuals=[M("162辆", 162, "辆", "更新纯电动公交车", period="全年"), M("6条", 6, "条", "新开通公交线路", period="全年"),
             M("11条", 11, "条", "优化调整线路", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 38 民生 户, remaining under construction
row("完成农村困难群众危房改造260户,实施困难老年人家庭适老化改造1000户",
    "农村危房改造已竣工248户,剩余12户正在施工,年底前可全部完成;完成困难老年人家庭适老化改造1050户。",
    targets=[M("260户", 260, "户", "农村困难群众危房改造"), M("1000户", 1000, "户", "困难老年人家庭适老化改造")],
    actuals=[M("248户", 248, "户", "农村危房改造已竣工"), M("12户", 12, "户", "正在施工的危房改造"),
             M("1050户", 1050, "户", "完成困难老年人家庭适老化改造")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])])

# 39 以上 binds to its own number; share unpaired
row("新增规上工业企业40家以上,工业技改投资增长12%",
    "1-10月,新增规上工业企业46家,工业技改投资同比增长10.5%,占工业投资比重达到52%。",
    targets=[M("40家", 40, "家", "新增规上工业企业", bound="min"), M("12%", 12, "%", "工业技改投资", kind="growth")],
    actuals=[M("46家", 46, "家", "新增规上工业企业", period="1-10月"),
             M("10.5%", 10.5, "%", "工业技改投资同比增长", kind="growth", period="1-10月"),
             M("52%", 52, "%", "工业技改投资占工业投资比重", period="1-10月")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])])

# 40 broader aggregate does not answer 新开工
row("重大项目新开工60项,完成年度投资120亿元",
    "1-11月,全市重大项目开竣工共计78项,累计完成投资126.5亿元,完成年度计划的105.4%。",
    targets=[M("60项", 60, "项", "重大项目新开工"), M("120亿元", 120, "亿元", "重大项目完成年度投资")],
    actuals=[M("78项", 78, "项", "重大项目开竣工", period="1-11月"),
             M("126.5亿元", 126.5, "亿元", "重大项目累计完成投资", period="1-11月"),
             M("105.4%", 105.4, "%", "完成年度计划的(比例)", period="1-11月")],
    pairs=[("t2", ["a2"])],
    note="开竣工 is a broader aggregate than 新开工 (would-be ratio 1.3): unpaired.")

assert len(rows) == 40
with open(Path(__file__).with_name("probe-tables.gold.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(rows))
