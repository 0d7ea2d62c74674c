"""Extraction examples, as data: (text, [(surface, value, unit, base value, dimension, kind, bound)])."""

from decimal import Decimal

import pytest

from targetx import extract

D = Decimal

POSITIVE = [
    # levels with units and multipliers
    ("新增孵化面积40万平方米", [("40万平方米", 40, "万平方米", 400000, "area", "level", "exact")]),
    ("完成投资7.9554亿元", [("7.9554亿元", D("7.9554"), "亿元", 795540000, "currency", "level", "exact")]),
    ("粮食产量1.3万亿斤", [("1.3万亿斤", D("1.3"), "万亿斤", 650_000_000_000, "mass", "level", "exact")]),
    ("改造老旧工业区800亩", [("800亩", 800, "亩", D(800) * D(10000) / 15, "area", "level", "exact")]),
    ("已建成公用停车位1,032个", [("1,032个", 1032, "个", 1032, "count", "level", "exact")]),
    ("天河—锂电110千伏线路", [("110千伏", 110, "千伏", 110000, "voltage", "level", "exact")]),
    ("年产10GW光伏逆变器", [("10GW", 10, "GW", 10**10, "power", "level", "exact")]),
    ("新增屋顶光伏装机5万千瓦", [("5万千瓦", 5, "万千瓦", 5 * 10**7, "power", "level", "exact")]),
    ("建成200公里农村公路", [("200公里", 200, "公里", 200000, "length", "level", "exact")]),
    ("全年节能5万吨标准煤", [("5万吨标准煤", 5, "万吨标准煤", 50000, "coal_equivalent", "level", "exact")]),
    ("完成土方开挖12万方", [("12万方", 12, "万方", 120000, "volume", "level", "exact")]),
    ("集装箱吞吐量120万标准箱", [("120万标准箱", 120, "万标准箱", 1200000, "count", "level", "exact")]),
    ("新增光伏装机2.5吉瓦", [("2.5吉瓦", D("2.5"), "吉瓦", 25 * 10**8, "power", "level", "exact")]),
    ("新打机井20眼", [("20眼", 20, "眼", 20, "count", "level", "exact")]),
    ("新建5所义务教育学校", [("5所", 5, "所", 5, "count", "level", "exact")]),  # 九年义务教育 is a name, 5所 counts
    ("5万吨/年废NMP精馏提纯项目", [("5万吨/年", 5, "万吨/年", 50000, "mass_per_time", "level", "exact")]),
    # percent, growth, reduction, qualifiers
    ("地区生产总值增长6.5%左右", [("6.5%", D("6.5"), "%", D("6.5"), "percent", "growth", "approx")]),
    ("同比增长0.1%", [("0.1%", D("0.1"), "%", D("0.1"), "percent", "growth", "exact")]),
    ("较上轮下降38%", [("38%", 38, "%", 38, "percent", "reduction", "exact")]),
    ("确保化解率达95%以上", [("95%", 95, "%", 95, "percent", "level", "min")]),
    ("城镇调查失业率控制在5.5%以内", [("5.5%", D("5.5"), "%", D("5.5"), "percent", "level", "max")]),
    # found by a property test: 不超过 must not be read as 超过 when looking for the change word
    ("能耗上升不超过1%", [("1%", 1, "%", 1, "percent", "growth", "max")]),
    ("居民消费价格涨幅3%左右", [("3%", 3, "%", 3, "percent", "growth", "approx")]),
    ("工资提高到每月3000元", [("3000元", 3000, "元", 3000, "currency", "level", "exact")]),
    ("增长4.5%-5%", [("4.5%-5%", D("4.5"), "%", D("4.5"), "percent", "growth", "range")]),
    ("增长4.5至5%", [("4.5至5%", D("4.5"), "%", D("4.5"), "percent", "growth", "range")]),
    ("高出0.3个百分点", [("0.3个百分点", D("0.3"), "个百分点", D("0.3"), "percentage_point", "level", "exact")]),
    ("占比百分之六十", [("百分之六十", 60, "%", 60, "percent", "level", "exact")]),
    # full-width and traditional characters
    ("增長６．５％", [("６．５％", D("6.5"), "%", D("6.5"), "percent", "growth", "exact")]),
    ("提供有效就業崗位14萬個", [("14萬個", 14, "萬個", 140000, "count", "level", "exact")]),
    # Chinese numerals
    ("共承办十二方面", [("十二方面", 12, "方面", 12, "count", "level", "exact")]),
    ("引进两千名人才", [("两千名", 2000, "名", 2000, "count", "level", "exact")]),
    ("建成三万五千户", [("三万五千户", 35000, "户", 35000, "count", "level", "exact")]),
    ("完成一笔500万元专项资金拨付", [("一笔", 1, "笔", 1, "count", "level", "exact"),
                                  ("500万元", 500, "万元", 5_000_000, "currency", "level", "exact")]),
    ("培训十二万人次", [("十二万人次", 12, "万人次", 120000, "count", "level", "exact")]),
    # approximate counts, bare multipliers, implicit thresholds
    ("受理政务服务事项160余万件", [("160余万件", 160, "万件", 1_600_000, "count", "level", "min")]),
    ("开拓就业岗位1.9万余个", [("1.9万余个", D("1.9"), "万个", 19000, "count", "level", "min")]),
    ("梳理近3000家企业", [("3000家", 3000, "家", 3000, "count", "level", "approx")]),
    ("完成投资200多亿", [("200多亿", 200, "亿元", 2 * 10**10, "currency", "level", "min")]),
    ("质押登记额超100亿", [("100亿", 100, "亿元", 10**10, "currency", "level", "min")]),
    ("招引超亿元产业项目40个", [("亿元", 1, "亿元", 10**8, "currency", "level", "min"),
                             ("40个", 40, "个", 40, "count", "level", "exact")]),
    ("各2家以上", [("各2家", 2, "家", 2, "count", "level", "min")]),
    ("化解义务教育大班额452 个", [("452 个", 452, "个", 452, "count", "level", "exact")]),
    ("目前3吨", [("3吨", 3, "吨", 3000, "mass", "level", "exact")]),  # 目前 is no ordinal 前
    # ranges repeat the first end's unit; otherwise they are two amounts
    ("新增城镇就业1.5万至2万人", [("1.5万至2万人", D("1.5"), "万人", 15000, "count", "level", "range")]),
    ("同比增长12%至3.5万亿元", [("12%", 12, "%", 12, "percent", "growth", "exact"),
                              ("3.5万亿元", D("3.5"), "万亿元", 35 * 10**11, "currency", "level", "exact")]),
    ("失业率下降0.3个百分点至4.9%", [("0.3个百分点", D("0.3"), "个百分点", D("0.3"), "percentage_point", "reduction", "exact"),
                                 ("4.9%", D("4.9"), "%", D("4.9"), "percent", "level", "exact")]),
    # signs, rate nouns, lists of rates, ceilings
    ("工业投资同比增长-2.3%", [("-2.3%", D("-2.3"), "%", D("-2.3"), "percent", "growth", "exact")]),
    ("增速为7.5%", [("7.5%", D("7.5"), "%", D("7.5"), "percent", "growth", "exact")]),
    ("能耗强度下降幅度达到3%", [("3%", 3, "%", 3, "percent", "reduction", "exact")]),
    ("分别增长5%和7%", [("5%", 5, "%", 5, "percent", "growth", "exact"), ("7%", 7, "%", 7, "percent", "growth", "exact")]),
    ("居民消费价格涨幅控制在3%左右", [("3%", 3, "%", 3, "percent", "growth", "max")]),
    ("覆盖率达到百分之百", [("百分之百", 100, "%", 100, "percent", "level", "exact")]),
    ("人口自然增长率千分之三", [("千分之三", 3, "‰", D("0.3"), "percent", "growth", "exact")]),
    # Chinese numerals before 千-units and with 余/多/点
    ("新增装机二十万千瓦", [("二十万千瓦", 20, "万千瓦", 2 * 10**8, "power", "level", "exact")]),
    ("建设五百千伏变电站", [("五百千伏", 500, "千伏", 500000, "voltage", "level", "exact")]),
    ("完成三点五万亩", [("三点五万亩", D("3.5"), "万亩", D(35000) * D(10000) / 15, "area", "level", "exact")]),
    ("惠及三十余万人", [("三十余万人", 30, "万人", 300000, "count", "level", "min")]),
    # units written in Latin letters
    ("新增120km²", [("120km²", 120, "km²", 120 * 10**6, "area", "level", "exact")]),
    ("蓄水300万m³", [("300万m³", 300, "万m³", 3 * 10**6, "volume", "level", "exact")]),
    # durations and ages
    ("实施三年攻坚行动", [("三年", 3, "年", 1095, "time", "level", "exact")]),
    ("65岁及以上老年人", [("65岁", 65, "岁", 65, "age", "level", "min")]),
    ("孕产妇死亡率控制在12/10万以内", [("12/10万", 12, "/10万", D("0.012"), "percent", "level", "max")]),  # per 100,000
    ("两年平均增长7.3%", [("7.3%", D("7.3"), "%", D("7.3"), "percent", "growth", "exact")]),  # 两年平均 names the mean
    # bare numbers listed before an amount share its unit (multiplier, change and bound too)
    ("高标准农田和旱改水分别完成1.2、0.8万亩", [("1.2", D("1.2"), "万亩", D(12000) * D(10000) / 15, "area", "level", "exact"),
                            ("0.8万亩", D("0.8"), "万亩", D(8000) * D(10000) / 15, "area", "level", "exact")]),
    ("分别增长3.2和4.1%以上", [("3.2", D("3.2"), "%", D("3.2"), "percent", "growth", "min"),
                          ("4.1%", D("4.1"), "%", D("4.1"), "percent", "growth", "min")]),
    ("分别达到85、92与97分", [("85", 85, "分", 85, "score", "level", "exact"), ("92", 92, "分", 92, "score", "level", "exact"),
                          ("97分", 97, "分", 97, "score", "level", "exact")]),
    ("分别低于预期1.1个和0.9个百分点", [("1.1个", D("1.1"), "个百分点", D("1.1"), "percentage_point", "level", "exact"),
                                ("0.9个百分点", D("0.9"), "个百分点", D("0.9"), "percentage_point", "level", "exact")]),
    # a label classifier counts after ten and more, or after 两 at a clause's end
    ("全年共举办讲座二十三期。", [("二十三期", 23, "期", 23, "count", "level", "exact")]),
    ("已建成两站,", [("两站", 2, "站", 2, "count", "level", "exact")]),
    ("第1、2批次共5家", [("5家", 5, "家", 5, "count", "level", "exact")]),  # ordinals share nothing
    ("G15、G1523共30公里", [("30公里", 30, "公里", 30000, "length", "level", "exact")]),  # nor do codes
    # 路 (video channels) and 卷 (case files) count after an Arabic number
    ("新建监控点位800路,", [("800路", 800, "路", 800, "count", "level", "exact")]),
    ("评查案卷300卷", [("300卷", 300, "卷", 300, "count", "level", "exact")]),
    # a label classifier after 分 counts the parts a thing is divided into
    ("项目分两批实施", [("两批", 2, "批", 2, "count", "level", "exact")]),
    ("分三期建设", [("三期", 3, "期", 3, "count", "level", "exact")]),
    # a noun opening with 制/化/型 after a count is counted (only 一站式, 一体化, 五人制 are words)
    ("新增三家制造业企业", [("三家", 3, "家", 3, "count", "level", "exact")]),
    ("引进五个化工项目", [("五个", 5, "个", 5, "count", "level", "exact")]),
]

NEGATIVE = [
    "截至11月30日", "1-10月", "1—10月份", "三季度", "上半年", "2024年", "二〇二四年",
    "第三批", "第九届", "全市第4", "排名第一", "5G基站", "“3030”机制", "2+10+N", "一号工程",
    "“三谷一镇”", "“人才新政40条”", "四星级", "AAA级", "二期", "新一轮", "一站式", "一件件落实",
    "十四届人大六次会议", "K0+018-K0+280", "PM2.5", "4S店", "御史巷10号", "十一正式开街",
    "万亩千亿", "三分之一", "十分重要", "百县千碗", "五大战新产业", "A-38地块",
    "建成数十个示范点", "三方协作", "一眼望去", "改造二次供水设施", "引进几十家企业", "坚持两个毫不动摇", "落实中央八项规定", "排名全省前三位", "打造15分钟生活圈",
    "推进二期、三期建设", "两期工程同步推进", "每十万人口",
    "滨海二十一路", "开通32路公交车", "3路口",  # roads and bus lines are named by numbers
    "部分一期工程", "充分一期",  # (部分, 充分 divide nothing)
    "打造15分钟便民生活圈",  # a concept's name, a word or two inside it
    "物价保持平稳", "常年保持平价蔬菜供应",  # 保持平… is no 持平 (no change of zero)
    "五人制足球场", "一体化",
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_extracts(text, expected):
    found = extract(text)
    got = [(q.text, q.value, q.unit, q.base_value, q.dimension, q.kind, q.bound) for q in found]
    want = [(s, D(v), u, D(b), dim, k, bd) for s, v, u, b, dim, k, bd in expected]
    assert len(got) == len(want), got
    for g, w in zip(got, want):
        assert g[:3] == w[:3]
        assert abs(g[3] - w[3]) <= D("1e-9") * max(abs(w[3]), 1)
        assert g[4:] == w[4:]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_quantities(text):
    assert extract(text) == []


def test_offsets_point_into_raw_text():
    text = "１－１０月，全區新增孵化面積３２．７６萬平方米，增長６％。"
    for q in extract(text):
        assert text[q.start:q.end] == q.text


def test_range_has_value_max():
    (q,) = extract("增长4.5%-5%")
    assert q.value_max == 5 and q.base_value_max == 5


def test_quantity_as_pint():
    (q,) = extract("改造老旧工业区15亩")
    assert q.quantity.to("square_meter").magnitude == 10000


@pytest.mark.parametrize("text, unit", [
    ("每人每月\n200元", "元/人月"),   # white space between the prefix and the amount
    ("每人每月 200元", "元/人月"),
    ("每人每月\n0%", "%"),           # a share is no rate per person
    ("每人每月增长5%", "%"),
])
def test_a_per_prefix_across_white_space_and_never_on_a_share(text, unit):
    (q,) = extract(text)
    assert q.unit == unit


def test_a_fraction_needs_a_numeral_after_its_joiner():
    # 2分之1 is a fraction, no amount of 分; 1分之内 is within one point (found by hypothesis)
    assert extract("完成率达到2分之1") == []
    assert [(q.text, q.value, q.bound) for q in extract("考核扣分控制在1分之内")] == [("1分", Decimal("1"), "max")]


def test_computing_power_is_an_amount_in_petaflops():
    found = [(q.text, q.base_value, q.dimension) for q in extract("新增智能算力320PFlops,总算力达到1.2EFLOPS")]
    assert found == [("320PFlops", 320, "computing_power"), ("1.2EFLOPS", 1200, "computing_power")]


def test_trains_are_counted_in_lie_but_lieru_is_a_verb():
    # 列 counts trains (开行中欧班列500列) after an Arabic number; 列入 / 列为 are verbs
    assert [q.text for q in extract("开行中欧班列500列以上,其中回程班列150列")] == ["500列", "150列"]
    assert [q.text for q in extract("3个项目列入省重点,12项列为示范,一列火车")] == ["3个", "12项"]


def test_a_bare_number_after_a_rate_noun_is_the_rates_value():
    found = [(q.text, q.unit, q.unit_inferred, q.bound) for q in extract("亿元GDP生产安全事故死亡率控制在0.018以内")]
    assert found == [("0.018", "", True, "max")]  # a rate, not money: 亿元 names the rate's base
    assert [q.text for q in extract("万车死亡率为1.42,编号2024")] == ["1.42"]


def test_a_financial_numeral_alone_is_a_words_character():
    # 伍 of 队伍 is no 五; next to another numeral it is one (伍拾万元)
    assert [q.text for q in extract("培训应急救援队伍人员1000人次")] == ["1000人次"]
    assert [(q.text, q.base_value) for q in extract("补助伍拾万元")] == [("伍拾万元", 500000)]


def test_doses_and_patches_are_counted():
    # 剂次 counts vaccine doses; 片 counts areas after an Arabic number (一片森林 is a word)
    assert [q.text for q in extract("接种疫苗16.42万剂次,划定学区12片,一片森林")] == ["16.42万剂次", "12片"]


def test_tents_are_counted_in_ding_after_an_arabic_number():
    assert [q.text for q in extract("储备帐篷800顶、折叠床1200张,屋顶光伏,一顶帐篷")] == ["800顶", "1200张"]


def test_machine_checks_and_flows_per_second_are_amounts():
    assert [(q.text, q.dimension) for q in extract("检验电梯1200台次,排涝能力30立方米/秒")] == [
        ("1200台次", "count"), ("30立方米/秒", "volume_per_time")]


def test_a_classifier_that_makes_a_name_with_the_word_after_it_is_no_count():
    # 三次产业 names the three sectors; 培训三次 counts events
    assert [q.text for q in extract("三次产业结构为8.8:52.2:39.0,开展培训三次")] == ["三次"]
    assert extract("三次产业结构为8.8:52.2:39.0")[:1] == []


def test_a_bare_decimal_after_a_change_word_in_a_rates_sentence_is_that_rate():
    # 下降0.21 and 上年同期的0.016 are the rate's change and last year's value; a decimal that
    # follows another amount, or has a unit, is not
    assert [q.text for q in extract("万车死亡率为1.42,较去年同期下降0.21;发生事故3.5起")] == ["1.42", "0.21", "3.5起"]
    assert [q.text for q in extract("亿元GDP死亡率为0.013,低于上年同期的0.016。版本为2.1")] == ["0.013", "0.016"]


def test_energy_units_of_boilers_coal_rates_and_storage():
    # 蒸吨 is boiler capacity, with or without its 小时; a coal rate is grams per kilowatt-hour;
    # a storage plant is written power/energy (10万千瓦/20万千瓦时): two amounts
    found = [(q.text, q.base_value, q.dimension) for q in extract("淘汰35蒸吨/小时及以下锅炉,共368蒸吨")]
    assert found == [("35蒸吨/小时", 35, "steam_capacity"), ("368蒸吨", 368, "steam_capacity")]
    (rate,) = extract("平均供电煤耗降至300克标准煤/千瓦时以下")
    assert (rate.base_value, rate.dimension, rate.bound) == (300, "coal_per_energy", "max")
    found = [(q.text, q.base_value, q.dimension) for q in extract("人均综合能耗87.6千克标准煤/人,单位面积6.42公斤标煤/平方米")]
    assert found == [("87.6千克标准煤/人", Decimal("87.6"), "coal_per_capita"),
                     ("6.42公斤标煤/平方米", Decimal("6.42"), "coal_per_area")]
    # an intensity per output: per 万元
    assert [(q.text, q.dimension) for q in extract("能耗不高于0.45吨标准煤/万元,用水量35立方米/万元")] == [
        ("0.45吨标准煤/万元", "coal_per_currency"), ("35立方米/万元", "volume_per_currency")]
    found = [(q.text, q.dimension) for q in extract("新型储能装机10万千瓦/20万千瓦时,死亡率12/10万,比例1/3")]
    assert found == [("10万千瓦", "power"), ("20万千瓦时", "energy"), ("12/10万", "percent")]


def test_dui_counts_pairs_after_an_arabic_number_only():
    assert [q.text for q in extract("境内3对高速公路服务区,一对一帮扶,对3家企业立案")] == ["3对", "3家"]


def test_litres_but_not_the_verb_sheng():
    # 升 is a litre after a number, unless it makes a word with what follows (升级, 升至)
    assert [(q.text, q.dimension) for q in extract("人均日生活用水量控制在180升以内,输液500毫升")] == [
        ("180升", "volume"), ("500毫升", "volume")]
    assert extract("完成5升级改造,排名由第5升至第3") == []
