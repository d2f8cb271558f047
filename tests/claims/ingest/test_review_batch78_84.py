"""Counter-examples a review found in the rules for batches 78 to 84, each narrowed (review of 1b3b333..0576554)."""

from tests.claims.ingest.conftest import direct


def test_ko_and_ma_stay_family_names_where_the_text_uses_them_alone():
    # a Burmese 'U' name in a Chinese minister's story: "Ma said" makes Ma a family name; "Ko Ko Gyi" a doubled name
    got = direct(
        "China urges restraint after clashes on Myanmar border\n"
        "\n"
        "BEIJING (AP) - China on Tuesday called for an immediate ceasefire in northern Myanmar after "
        "fighting near the border town of Laukkai forced thousands to flee into Yunnan province.\n"
        "\n"
        "Vice Foreign Minister Ma Zhaoxu met Myanmar's deputy foreign minister, U Lwin Oo, in Beijing. "
        '"China firmly supports peace talks," Ma said after the meeting.\n'
        "\n"
        '"We will not allow chaos on our doorstep," Ma added.\n'
        "\n"
        'Opposition spokesman Ko Ko Gyi, speaking from Thailand, was unimpressed. "Beijing has always '
        'protected the generals," he said.\n'
    )
    assert [s for _, s in got] == ["Ma Zhaoxu", "Ma Zhaoxu", "Ko Ko Gyi"]


def test_a_hyphenated_given_name_keeps_ko():
    # "Ko Wen-je" (a hyphenated given name) keeps Ko, and "Ko said" is him
    got = direct(
        "Taiwan opposition figure indicted over land deal\n"
        "\n"
        "TAIPEI (Reuters) - Prosecutors in Taiwan on Tuesday indicted Ko Wen-je, the former Taipei mayor and "
        "founder of the Taiwan People's Party, on bribery charges.\n"
        "\n"
        '"I am innocent and I will prove it in court," Ko said in a statement.\n'
        "\n"
        "Separately, Myanmar's ambassador, U Kyaw Myo Htut, met Taiwanese business leaders in Taipei.\n"
        "\n"
        '"The party stands behind its founder," said Huang Kuo-chang, the party chairman.\n'
        "\n"
        '"This is political persecution," Ko added.\n'
    )
    assert [s for _, s in got] == ["Ko Wen-je", "Huang Kuo-chang", "Ko Wen-je"]


def test_a_company_named_x_and_y_speaks():
    # two people only when the text named both: "Marks and Spencer said" is the company
    got = direct(
        "Retailer cuts 2,000 jobs as sales slump\n"
        "\n"
        "LONDON (Reuters) - Marks and Spencer said on Tuesday it would cut 2,000 jobs and close 30 stores "
        "after a slump in clothing sales.\n"
        "\n"
        '"These are difficult but necessary decisions," Marks and Spencer said in a statement.\n'
        "\n"
        'Union leaders condemned the move. "Staff are paying for management failures," said Usdaw general '
        "secretary Paddy Lillis.\n"
    )
    assert [s for _, s in got] == ["Marks and Spencer", "Paddy Lillis"]


def test_calle_and_rua_are_given_names_too():
    # "Calle" and "Rua" open a street only after a preposition
    got = direct(
        "Swedish town fights mine plan\n"
        "\n"
        "KIRUNA, Sweden (Reuters) - Residents of the Swedish town of Gallivare packed a meeting hall on "
        "Tuesday to oppose a new iron-ore mine.\n"
        "\n"
        '"We have given enough land to the mines," said Calle Lindqvist, a reindeer herder.\n'
        "\n"
        'Rua Kenana, a Maori delegate visiting from New Zealand, said she recognised the struggle. "Our '
        'people have fought the same fight," she said.\n'
    )
    assert [s for _, s in got] == ["Calle Lindqvist", "Rua Kenana"]


def test_a_state_opening_a_clause_is_no_given_name():
    # "…, and Virginia was considering joining them": a state, not Virginia Foxx (no "her" after it)
    got = direct(
        "McMahon defends Education Department cuts\n"
        "\n"
        "WASHINGTON (AP) - Rep. Virginia Foxx, the North Carolina Republican who chairs the House education "
        "committee, opened Tuesday's hearing by praising the cuts. \"This department has grown far beyond its "
        'purpose," she said.\n'
        "\n"
        "Education Secretary Linda McMahon told lawmakers that 20 states had sued over the order, and "
        'Virginia was considering joining them. "We are confident the courts will side with us," she said.\n'
    )
    assert [s for _, s in got] == ["Virginia Foxx", "Linda McMahon"]


def test_among_them_in_a_sentence_with_speech_is_no_next_he():
    # "said six people had been arrested, among them X": a suspect, not the next "he"
    got = direct(
        "Police arrest six after port robbery\n"
        "\n"
        "County police commander Peter Kimani said six people had been arrested, among them Hassan Juma, a "
        'customs officer. "We expect more arrests in the coming days," he said.\n'
        "\n"
        '"The port will reopen on Tuesday," he added.\n'
    )
    assert [s for _, s in got] == ["Peter Kimani", "Peter Kimani"]


def test_charges_read_out_by_a_prosecutor_bring_nobody_in():
    # only a statement or letter "was read by" someone brings the reader in
    got = direct(
        "Former mayor pleads not guilty to fraud\n"
        "\n"
        "Former Springfield mayor David Cole, 61, appeared in Sangamon County court on Monday to face 14 "
        "counts of wire fraud.\n"
        "\n"
        "Cole, wearing a grey suit, stood with his lawyer as the charges were read out by prosecutor Tom Reed.\n"
        "\n"
        '"Not guilty, on every count," he said.\n'
    )
    assert [s for _, s in got] == ["David Cole"]


def test_a_turn_reads_a_note_for_the_one_who_asked():
    # the letter of an unnamed wife is not the neighbour's named a sentence before
    got = direct(
        "CHAIR: Mr. Kowal, for the residents, please.\n"
        "\n"
        "KOWAL: Thank you. My neighbour Jan Nowak is here in the second row. His wife could not come "
        "tonight, and she asked me to read her letter, so I will.\n"
        "\n"
        '"We have lived on this street for forty years. Nobody asked us before the trees were cut down."\n'
        "\n"
        "CHAIR: Thank you, Mr. Kowal.\n"
    )
    assert [s for _, s in got] == [None, "Kowal", None, None]


def test_a_former_chair_is_not_the_chair():
    # "The former committee chair, Councillor Peter Lund," is not "THE CHAIR:"
    got = direct(
        "Planning committee approves harbour hotel\n"
        "\n"
        "The harbour hotel plan was approved by four votes to three on Tuesday evening. The former committee "
        "chair, Councillor Peter Lund, spoke against it from the public gallery. Councillor Anne Berg, chair "
        "of the planning committee, said afterwards the decision had been difficult.\n"
        "\n"
        "THE CHAIR: Good evening. We have one item tonight. Mr. Holm, you have five minutes.\n"
        "\n"
        "MR. HOLM: Thank you. The hotel will bring 80 jobs to the harbour.\n"
        "\n"
        "THE CHAIR: Thank you. We will now vote.\n"
    )
    assert [s for _, s in got] == ["Anne Berg", "Holm", "Anne Berg"]


def test_lolo_and_ezinne_are_given_names_before_a_family_name_alone():
    # "Lolo Jones", "Ezinne Okparaebo": a title only before a given name and a family name
    got = direct(
        "Jones makes bobsled team\n"
        "\n"
        "LAKE PLACID, N.Y. (AP) - Lolo Jones, the two-time Olympic hurdler, was named to the U.S. bobsled "
        "team on Wednesday.\n"
        "\n"
        '"I never thought I\'d be going to the Winter Games," Lolo Jones said.\n'
        "\n"
        'Coach Todd Hays praised her power. "She is the fastest pusher we have," he said.\n'
    )
    assert [s for _, s in got] == ["Lolo Jones", "Todd Hays"]


def test_ezinne_alone_before_a_family_name_is_a_given_name():
    got = direct(
        "Norway names relay squad\n"
        "\n"
        "OSLO (Reuters) - Ezinne Okparaebo will anchor Norway's 4x100 metres relay team at the European "
        "Championships, the athletics federation said on Monday.\n"
        "\n"
        '"I feel faster than I have in years," Ezinne Okparaebo said.\n'
    )
    assert [s for _, s in got] == ["Ezinne Okparaebo"]
