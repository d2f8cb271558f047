"""The error classes of blind batch 93 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct

_PRESS_CONFERENCE = (
    "On the podium: Fujiwara Kenta, deputy mayor; Tanaka Hiroshi, president of the contractor Konan Kensetsu. "
    "Moderator: Mori Aya, city press officer.\n\n"
    "MODERATOR: Good afternoon, everybody. Please give your name and outlet before you ask.\n\n"
    "FUJIWARA: Thank you all for coming at short notice. Nobody was hurt this morning.\n\n"
    "Q: Sasaki Ren, Naniwa Shimbun. Residents told us they had felt the road sinking for weeks. Was there any "
    "warning?\n\n"
    "FUJIWARA: There were two complaints about a dip in the surface, one in February and one in March.\n\n"
    "Q: Tanaka Mariko, Kansai Keizai. A question for Tanaka-san, and no, we are not related. Is your work the "
    "cause?\n\n"
    "TANAKA: I understand why you ask. We stopped all excavation at six this morning.\n\n"
    "Q: Sasaki Ren again, Naniwa Shimbun. Will anyone at the bureau be disciplined for this?\n"
)


def test_a_reporter_who_opens_the_question_with_name_and_outlet_asks_it():
    got = direct(_PRESS_CONFERENCE)
    asked = [s for t, s in got if t.startswith(("Sasaki Ren", "Tanaka Mariko"))]
    assert asked == ["Sasaki Ren", "Tanaka Mariko", "Sasaki Ren"]


def test_a_family_name_label_is_the_one_on_the_podium_not_the_reporter_sharing_it():
    got = direct(_PRESS_CONFERENCE)
    assert [s for t, s in got if t.startswith("I understand")] == ["Tanaka Hiroshi"]
    tanaka = next(s for s in analyze_article(_PRESS_CONFERENCE).speakers if s.name == "Tanaka Hiroshi")
    assert "Tanaka" in tanaka.mentions  # (the label stays a form of his name)


def test_initials_open_a_name_with_particles():
    article = analyze_article(
        "Present: Femke Bosma (chair). Witnesses: drs. J.P. van der Laan, the agency's former director-general.\n\n"
        "CHAIR: Mr Van der Laan, you led the agency when the first budget was set.\n\n"
        "VAN DER LAAN: I did. In 2016 I told this committee the budget was realistic, and I believed it.\n"
    )
    laan = next(s for s in article.speakers if "VAN DER LAAN" in s.mentions)
    assert laan.name == "J.P. van der Laan"
    assert "Laan" not in laan.mentions
    assert "J.P." not in laan.mentions


def test_a_dash_credit_with_a_title_and_its_full_stop():
    got = direct(
        "KEY POINTS\n- Seagrass cover in the bay up 18 percent since 2023\n"
        '- "The bay is telling us it can recover if we let it" — Dr. Maryam bint Abdulla Al-Suwaidi\n\n'
        "DOHA, 2 March 2026 — The Trust published its survey today.\n"
    )
    assert got == [("The bay is telling us it can recover if we let it", "Maryam bint Abdulla Al-Suwaidi")]


def test_one_rider_then_the_rider_named_in_the_next_paragraph():
    got = direct(
        "Rescue crews lowered the last passengers from the stalled cable car early on Tuesday.\n\n"
        '"We heard a loud bang, and then the cabin just swung there in the dark," one rider said as she was '
        "unclipped from a harness.\n\n"
        "The rider, Luz Dary Restrepo de Gómez, 62, had been coming home from a night shift.\n"
    )
    assert got[0][1] == "Luz Dary Restrepo de Gómez"


def test_whaea_is_a_maori_honorific():
    got = direct(
        "Further along, Whaea Huia Rangihuna, who runs the kōhanga reo on the corner, was carrying books upstairs. "
        "“My moko rang me at six this morning and I knew exactly what he meant,” she said.\n"
    )
    assert got[0][1] == "Huia Rangihuna"
