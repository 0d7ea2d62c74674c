"""Targets, others, metrics, periods and pairing on real report phrasings."""

import pytest

from targetx import Report, Row, RowError, score_item, score_report


def pairs_of(score):
    return [(p.target.text, tuple(a.text for a in p.actuals), round(p.ratio, 4), p.met) for p in score.pairs]


def test_growth_target_pairs_with_growth_rate_not_level():
    s = score_item("全社会固定资产投资增长6%。", "1-10月份全区固定资产投资完成354.1亿元,同比增长0.1%。")
    assert pairs_of(s) == [("6%", ("0.1%",), round(0.1 / 6, 4), False)]
    assert s.actuals[1].period == "1-10月份"


def test_several_targets_each_get_their_own_actual():
    s = score_item(
        "推动增资扩产项目开工40个、竣工25个,改造老旧工业区800亩,新增工业用海用地3000亩",
        "1-10月增资扩产开工项目54个,竣工项目28个,老旧工业区改造拆除重建完成565.61亩;完成工业用海用地保障3875亩。",
    )
    assert pairs_of(s) == [
        ("40个", ("54个",), 1.35, True), ("25个", ("28个",), 1.12, True),
        ("800亩", ("565.61亩",), round(565.61 / 800, 4), False),
        ("3000亩", ("3875亩",), round(3875 / 3000, 4), True),
    ]


def test_unitless_actual_takes_the_target_unit():
    s = score_item("新增孵化面积40万平方米", "全区新增孵化面积32.76万,完成率102.38%")
    (pair,) = s.pairs
    actual = pair.actuals[0].quantity
    assert actual.unit == "万平方米" and actual.unit_inferred
    assert pair.ratio == pytest.approx(32.76 / 40)
    assert s.actuals[1].note == "completion rate"


def test_unit_conversion_across_spellings():
    s = score_item("粮食产量稳定在70650万吨", "粮食产量1.3万亿斤")
    (pair,) = s.pairs
    assert pair.ratio == pytest.approx(1.3e12 * 0.5 / (70650e4 * 1000))


def test_max_bound_lower_is_better():
    s = score_item("城镇调查失业率控制在5.5%以内", "城镇调查失业率4.9%")
    (pair,) = s.pairs
    assert pair.target.quantity.bound == "max"
    assert pair.met is True and pair.ratio == pytest.approx(4.9 / 5.5)


def test_class_thresholds_are_others_and_must_agree():
    s = score_item(
        "力争招引超亿元产业项目40个、超10亿元产业项目5个、总部项目20个以上",
        "截至11月底,完成超亿元产业项目41个、超10亿元产业项目4个;完成总部项目认定16个。",
    )
    assert [t.text for t in s.targets] == ["40个", "5个", "20个"]
    assert all(t.quantity.bound == "min" for t in s.targets)  # 力争…以上 governs the list
    assert {o.text for o in s.others} == {"亿元", "10亿元"}
    assert pairs_of(s) == [("40个", ("41个",), 1.025, True), ("5个", ("4个",), 0.8, False),
                           ("20个", ("16个",), 0.8, False)]
    assert s.actuals[1].period == "截至11月底"


def test_each_over_two_metrics_is_two_targets():
    s = score_item("省级制造业“云上企业”、市级工业互联网平台各2家以上", "新增3家市级工业互联网平台")
    assert [t.metric for t in s.targets] == ["省级制造业“云上企业”", "市级工业互联网平台"]
    assert pairs_of(s) == [("各2家", ("3家",), 1.5, True)]


def test_specifications_durations_and_baselines_are_not_targets():
    s = score_item("开工天河—锂电110千伏线路,实施三年攻坚行动", "")
    assert s.targets == () and [o.note for o in s.others] == ["class threshold or specification", "duration"]
    s = score_item("将低保补差水平从每人每月574元提高到每人每月609元", "")
    # the per-person prefix belongs to the amount: 每人每月609元 is 609 元/人月
    assert [t.text for t in s.targets] == ["每人每月609元"] and [o.text for o in s.others] == ["每人每月574元"]
    assert s.targets[0].quantity.unit == "元/人月" and s.targets[0].frame.per_capita


def test_adjusted_target_is_reported_and_ratio_stays_against_original():
    s = score_item("新增“无废细胞”30个。", "因市生态环境局将我区“无废细胞”建设任务调整为24个,今年已完成24个“无废细胞”建设任务。")
    assert [a.text for a in s.adjusted_targets] == ["24个"]
    assert pairs_of(s) == [("30个", ("24个",), 0.8, False)]
    assert s.pairs[0].actuals[0] is s.actuals[1]
    from targetx.records import target_records

    (record,) = target_records(s)
    assert (record["target"], record["ratio"], record["adjusted_target"]) == ("30个", 0.8, "24个")


def test_candidates_and_forecasts_do_not_answer():
    s = score_item("争创省级和美乡村20个", "省级和美乡村23个已上报省厅")
    assert s.pairs == ()
    s = score_item("年计划完成地区生产总值617亿元以上", "1—9月完成428.3亿元,全年预计完成600亿元。")
    assert pairs_of(s) == [("617亿元", ("428.3亿元",), round(428.3 / 617, 4), False)]


def test_parts_under_one_heading_sum_to_the_target():
    s = score_item("建成惠民运动场地18个。",
                   "惠民场地建设方面,8个百姓健身房、8个国球进公园(社区)、1个体育设施进公园、1个多功能运动场已全部完成建设。")
    (pair,) = s.pairs
    assert pair.combine == "sum" and [a.text for a in pair.actuals] == ["8个", "8个", "1个", "1个"]
    assert pair.ratio == 1.0 and pair.met


def test_no_pair_is_better_than_a_wrong_pair():
    s = score_item("新增普惠型托育机构2家,千人托位数达到4.5个", "全区共登记备案婴幼儿照护服务机构77家,托位3253个")
    assert all(p.target.text != "4.5个" for p in s.pairs)


def test_score_report_keeps_every_row_and_records_errors():
    rows = [{"task": "新增停车位500个", "progress": "已建成停车位1032个"},
            {"task": 5, "progress": "x"},
            RowError("in.jsonl", 3, "not valid JSON"),
            Row(task="规上工业增加值增长9%", progress="1—10月规上工业增加值增速9.6%", doc="d", item=4)]
    report = score_report(rows)
    assert isinstance(report, Report)
    assert len(report.items) + len(report.errors) == len(rows)
    assert "task must be text" in report.errors[0].reason
    records = report.to_records()
    assert [r["ratio"] for r in records if r["status"] != "error"] == [pytest.approx(2.064), pytest.approx(9.6 / 9)]
    assert [r["status"] for r in records] == ["met", "met", "error", "error"]


def test_an_average_rate_is_not_answered_by_one_year():
    s = score_item("城镇居民人均可支配收入年均增长9%", "城镇居民人均可支配收入增长9.4%")
    assert s.pairs == ()
    s = score_item("城镇居民人均可支配收入年均增长9%", "五年来城镇居民人均可支配收入年均增长9.4%")
    assert pairs_of(s) == [("9%", ("9.4%",), round(9.4 / 9, 4), True)]


def test_respectively_needs_as_many_targets_as_listed_answers():
    s = score_item("全年计划新创建示范家庭农场80个,新增农户家庭农场271个,新纳入名录系统家庭农场6581个",
                   "实际分别完成95个、310个、7397个")
    assert [p.actuals[0].text for p in s.pairs] == ["95个", "310个", "7397个"]


def test_a_restated_target_is_not_an_answer():
    s = score_item("新(改)扩建幼儿园40所", "全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务")
    assert [a.note for a in s.actuals] == [None, "restated target"]
    assert pairs_of(s) == [("40所", ("48所",), 1.2, True)]


def test_a_fall_answers_a_growth_target_with_a_negative_ratio():
    s = score_item("外贸进出口增长5%", "外贸进出口同比下降2.3%")
    assert pairs_of(s) == [("5%", ("2.3%",), round(-2.3 / 5, 4), False)]
    s = score_item("单位GDP能耗下降3%", "单位GDP能耗下降3.5%")
    assert pairs_of(s) == [("3%", ("3.5%",), round(3.5 / 3, 4), True)]


def test_counts_of_days_are_targets_not_durations():
    s = score_item("重污染天数降至5天以内", "重污染天数4天")
    assert pairs_of(s) == [("5天", ("4天",), 0.8, True)]
    s = score_item("实施三年攻坚行动", "")
    assert [o.note for o in s.others] == ["duration"]


def test_loose_targets_of_lower_is_better_measures_are_met_from_below():
    s = score_item("城镇调查失业率5.5%左右", "城镇调查失业率为5.1%")
    assert pairs_of(s) == [("5.5%", ("5.1%",), round(5.1 / 5.5, 4), True)]
    s = score_item("居民消费价格涨幅3%左右", "居民消费价格同比上涨3.5%")
    assert pairs_of(s)[0][3] is False
    s = score_item("地区生产总值增长6%左右", "地区生产总值增长5.8%")  # more is better: within 5 %
    assert pairs_of(s)[0][3] is True


@pytest.mark.parametrize("task, progress, target_unit, ratio", [
    ("改造老旧小区\t个\t42", "45\t107.1%", "个", 45 / 42),
    ("新增造林面积 | 亩 | 1,200", "1,350 | 112.5%", "亩", 1350 / 1200),
    ("城镇新增就业 万人 1.2", "1.31 109.2%", "万人", 1.31 / 1.2),
    ("建成5G基站｜座｜600", "540｜90%", "座", 540 / 600),
])
def test_a_table_row_pasted_as_cells_pairs_its_bare_numbers_in_the_unit_cell(task, progress, target_unit, ratio):
    row = score_item(task, progress)
    (target,) = row.targets
    assert target.quantity.unit == target_unit and target.quantity.unit_inferred
    assert target.metric and not any(c.isdigit() for c in target.metric.replace("5G", ""))
    (pair,) = row.pairs
    assert float(pair.ratio) == pytest.approx(ratio, rel=1e-4)
    rates = [a for a in row.actuals if a.frame.status == "completion_rate"]
    assert len(rates) == 1 and rates[0].quantity.unit == "%"  # the stated rate is read, not paired


def test_cells_need_a_unit_cell_and_bare_numbers():
    assert score_item("新增停车位 500个", "已建成 612个").pairs[0].actuals[0].text == "612个"
    assert score_item("会议 2 次", "召开 3").targets[0].quantity.unit == "次"  # a classifier cell
    assert score_item("推进 老旧小区 改造", "完成 45").targets == ()  # no unit cell: nothing invented


def test_a_stated_completion_rate_is_checked_against_the_ratio():
    agrees = score_item("新建乡镇污水处理站 座 18", "23  127.8%").to_records()[0]
    disagrees = score_item("新建乡镇污水处理站 座 18", "23  120%").to_records()[0]
    assert agrees["stated_rate"] == pytest.approx(1.278) and "agrees" in agrees["why"]
    assert disagrees["stated_rate"] == pytest.approx(1.2) and "disagrees" in disagrees["why"]
    assert agrees["ratio"] == disagrees["ratio"] == pytest.approx(23 / 18, rel=1e-4)  # the ratio is computed


def test_a_period_opening_a_sentence_governs_its_semicolon_clauses():
    item = score_item("地区生产总值增长6%", "1-10月,全市规上工业增加值增长7.2%;地区生产总值增长6.3%。新增就业3000人;"
                      "另外,今年以来新增企业5家;其中科技型3家。")
    assert [(a.text, a.period) for a in item.actuals] == [
        ("7.2%", "1-10月"), ("6.3%", "1-10月"),  # across the semicolon, up to the full stop
        ("3000人", None),                        # a new sentence names no period
        ("5家", "今年"), ("3家", None)]            # 今年 does not open its sentence: it stops at the ;


def test_a_forecast_word_inside_a_measure_name_is_no_forecast():
    item = score_item("人均预期寿命达到80岁", "全市人均预期寿命为80.2岁,比上年提高0.3岁。")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("80岁", ["80.2岁"])]
    assert score_item("地区生产总值增长6%", "预期全年地区生产总值增长6.2%。").actuals[0].frame.status == "forecast"


def test_a_completion_rate_in_the_next_clause_leaves_the_growth_alone():
    item = score_item("一般公共预算收入增长5%", "一般公共预算收入同比增长3.8%,完成年度预算的76.3%。")
    assert [(a.text, a.frame.status) for a in item.actuals] == [("3.8%", "done"), ("76.3%", "completion_rate")]
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("5%", ["3.8%"])]


def test_new_ones_beside_a_running_total_answer_a_target_to_add():
    item = score_item("新增上云企业1000家", "全年新增上云企业1126家,累计达到5890家。")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("1000家", ["1126家"])]
    # without a stated increment the running total still answers
    item = score_item("新增上云企业1000家", "全市上云企业累计达到5890家。")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("1000家", ["5890家"])]


def test_the_value_a_change_starts_from_is_no_result():
    item = score_item("农村生活污水治理率达到95%", "农村生活污水治理率由年初的92%提升至96%。")
    assert [(a.text, a.frame.status) for a in item.actuals] == [("92%", "baseline"), ("96%", "done")]
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("95%", ["96%"])]
    item = score_item("城乡低保标准分别提高到每人每月850元、700元", "城乡低保标准由每人每月800元、660元提高到860元、720元。")
    assert [a.quantity.unit for a in item.actuals] == ["元/人月"] * 4  # raised to: rates of the same prefix
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("每人每月850元", ["860元"]), ("700元", ["720元"])]


def test_a_restated_scope_followed_by_its_part_does_not_answer():
    # a target to start is answered by the ones started; one to complete by the ones finished
    item = score_item("新开工重点项目120个", "纳入调度的120个重点项目已开工108个,完工45个。")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("120个", ["108个"])]
    item = score_item("完成120个重点项目建设", "纳入调度的120个重点项目已开工108个,完工45个。")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("120个", ["45个"])]


def test_a_target_whose_verb_is_an_edge_word_keeps_it_as_its_action():
    # 培育 leaves the metric (a verb of pursuit) but stays the frame's action: a target to add
    item = score_item("培育家庭农场120家", "新培育家庭农场96家,累计达到1028家。")
    assert item.targets[0].frame.action == "培育"
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("120家", ["96家"])]


def test_a_count_followed_by_a_verb_classifies_nothing():
    # 300个 does not name a class of 完成投资 (as 超亿元 names one of 产业项目): 2亿元 measures 投资
    item = score_item("新增停车位300个完成投资2亿元", "")
    assert [(t.text, t.frame.subject) for t in item.targets][1] == ("2亿元", "投资")


def test_a_level_floor_holds_for_its_clause_only():
    item = score_item("培育市级以上农业产业化龙头企业8家,“三品一标”农产品新增20个", "")
    assert [(t.text, t.frame.level_floor) for t in item.targets] == [("8家", "市级"), ("20个", "")]


def test_a_respectively_list_after_a_plain_amount_of_its_unit():
    # "3个" is no 分别 item; "2个和4个" are: the kinds look-up once added 1 to the plain one's index
    item = score_item("新建公园广场绿地10个", "新建公园3个、广场和绿地分别为2个和4个。")
    assert [(a.text, a.frame.coordination) for a in item.actuals] == [
        ("3个", ""), ("2个", "respectively"), ("4个", "respectively")]


def test_a_completion_rate_is_no_measure_an_elided_change_inherits():
    # 为年度目标的82.4% is a share of the plan: the growth after it is the investment's
    item = score_item("全年完成技改投资50亿元,增长10%", "1-9月完成技改投资41.2亿元,为年度目标的82.4%,同比增长12.6%。")
    assert [(a.text, a.frame.status) for a in item.actuals][1] == ("82.4%", "completion_rate")
    assert item.actuals[2].frame.subject == "技改投资增长"


def test_a_target_of_change_words_only_is_the_change_of_the_measure_before_it():
    # 增收2亿元以上 names no measure: it is the rise of the revenue the clause before names
    item = score_item("全年区级税收收入增长7%,增收2亿元以上", "")
    assert [t.frame.subject for t in item.targets] == ["区级税收收入增长", "区级税收收入增收"]


def test_last_years_values_listed_together_are_all_baselines():
    # 上年同期为348起、7人: the list's second value is last year's too
    item = score_item("全年火灾亡人数控制在8人以内", "全年共发生火灾312起、亡人5人,上年同期为348起、7人。")
    assert [(a.text, a.frame.status) for a in item.actuals] == [
        ("312起", "done"), ("5人", "done"), ("348起", "baseline"), ("7人", "baseline")]


def test_a_count_before_a_graded_class_counts_the_class():
    # 2个5万吨级泊位: the berths are counted, 5万吨级 is their class (no result), in task and progress
    item = score_item("新建5万吨级以上泊位3个", "港区三期2个5万吨级泊位已完工,另有1个10万吨级泊位正在施工。")
    assert item.targets[0].frame.subject == "新建5万吨级以上泊位"
    by_text = {a.text: a.frame for a in item.actuals}
    assert (by_text["2个"].head, by_text["2个"].status) == ("泊位", "done")
    assert (by_text["5万吨"].status, by_text["1个"].status) == ("scope", "in_progress")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in item.pairs] == [("3个", ["2个"])]


def test_words_in_parentheses_after_an_amount_are_no_noun_of_it():
    # (其中已通过县级验收3.6万亩) breaks 4.3万亩 down; (含水田310亩) names the part without its bracket
    item = score_item("新建高标准农田5万亩", "建成4.3万亩(其中已通过县级验收3.6万亩);新增耕地835亩(含水田310亩)。")
    by_text = {a.text: a.frame.subject for a in item.actuals}
    assert "验收" not in by_text["4.3万亩"] and "(" not in by_text["310亩"]


@pytest.mark.parametrize("task, items", [
    ("新建高效节水灌溉面积2万亩,其中喷灌、滴灌面积0.8万亩", ("喷灌", "滴灌")),  # words the dictionary cuts to characters
    ("新增省级、市级专精特新中小企业30家", ("省级", "市级")),
    ("建设产业路、资源路8公里", ("产业路", "资源")),  # a one-character word and its neighbour
])
def test_a_target_over_listed_kinds_names_each_kind(task, items):
    assert score_item(task, "").targets[-1].frame.items == items


def test_an_amount_and_below_before_its_noun_is_a_class():
    row = score_item("淘汰10蒸吨/小时及以下燃煤锅炉25台,补贴160千瓦及以下小微企业用电", "")
    assert [t.text for t in row.targets] == ["25台"]
    assert [o.text for o in row.others] == ["10蒸吨/小时", "160千瓦"]


def test_the_value_a_comparison_is_made_with_is_a_baseline():
    row = score_item("占比达到80%", "占比78.7%,较上年底的74.1%提高4.6个百分点;比去年同期的2.1%低0.3个百分点")
    assert {a.text: a.frame.status for a in row.actuals} == {
        "78.7%": "done", "74.1%": "baseline", "4.6个百分点": "done", "2.1%": "baseline", "0.3个百分点": "done"}


@pytest.mark.parametrize("stock", ["累计拥有省级专精特新企业89家", "实有省级专精特新企业89家", "现有省级专精特新企业89家"])
def test_a_stock_is_no_answer_to_a_target_to_add(stock):
    row = score_item("新增省级专精特新企业40家", f"截至9月底,已获省级认定专精特新企业26家;全县{stock}。")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in row.pairs] == [("40家", ["26家"])]


def test_two_rates_of_different_words_are_two_measures_but_a_shortened_one_is_the_same():
    row = score_item("电子证照应用率达到90%,图斑整改到位率100%",
                     "电子证照可用率92.3%,实际调用应用率仅为71.5%;已整改到位45个,整改率95.7%")
    assert [(p.target.text, [a.text for a in p.actuals]) for p in row.pairs] == [("90%", ["71.5%"]), ("100%", ["95.7%"])]


def test_a_class_before_the_share_of_its_things_is_no_target():
    row = score_item("经营性收入10万元以上的村占比达到85%,确保完成投资10亿元以上的目标", "")
    assert [t.text for t in row.targets] == ["85%", "10亿元"]
    assert [o.text for o in row.others] == ["10万元"]


@pytest.mark.parametrize("progress, status", [
    ("核查处置完成率95.7%", "done"), ("问题整改完成率96%", "done"),  # the rate of the work named before it
    ("完成率102%", "completion_rate"), ("投资完成率102%", "completion_rate"), ("全年目标完成率85%", "completion_rate"),
])
def test_a_completion_rate_of_named_work_is_a_measure(progress, status):
    (actual,) = score_item("处置率达到100%", progress).actuals
    assert actual.frame.status == status


def test_kinds_listed_before_one_amount_share_it():
    row = score_item("推广应用新能源汽车500辆", "今年新推广新能源公交车、出租车、物流车428辆,其余车型正在采购。")
    assert row.actuals[0].frame.subject == "新推广新能源公交车、出租车、物流车"
    # …but a list with 分别, or one of places, keeps each item apart
    row = score_item("", "城东区、城西区分别新建公厕12座、9座")
    assert [a.frame.scope for a in row.actuals] == [("城东区",), ("城西区",)]


def test_a_code_in_a_respectively_list_opens_no_baseline():
    # the digits of 5G and 4K are no baseline before 分别: each value takes its item
    row = score_item("", "今年以来,全市5G行业虚拟专网、4K超高清应用场景分别新增86个、12个。")
    assert [a.frame.subject for a in row.actuals] == ["新增5G行业虚拟专网", "新增4K超高清应用场景"]
    # …and 拟 inside 虚拟 is no plan word: the amount is done, not a candidate
    assert [a.frame.status for a in row.actuals] == ["done", "done"]
