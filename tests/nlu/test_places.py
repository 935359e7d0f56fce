"""Tests of the place resolver (nlu/places.py) against the shared Jakarta data.

The DEV_SET below is the development set used to tune the fuzzy threshold and the rules: informal mentions
written for this purpose (none taken from the evaluation data). Expected values:

* a Kemendagri code: the most specific field of the answer must be exactly that code (a kecamatan code means
  ``kelurahan is None and kecamatan == code``; a kota code means ``kecamatan is None and kota == code``);
* ``OUT``: outside Jakarta; ``None``: the resolver must abstain; ``AMB``: ambiguous with no shared kota.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from nlu.places import DATA_DIR, DEFAULT_MARGIN_M, Gazetteer, Place, Unit, normalize

OUT = "OUT"
AMB = "AMB"

DEV_SET: list[tuple[str, str | None]] = [
    # area cues make an ordinary-word name a place; streets from JakLingko stop names; estates
    ("banjir di daerah kramat, air masuk rumah", "31.71.04.1004"),
    ("macet parah di daerah pasar baru", "31.71.02.1001"),
    ("kramat rusak", None),
    ("got mampet di jalan rawa kepa", "31.73.02.1003"),
    ("banjir di komplek dolog jaya", "31.75.07.1001"),
    # names, prefixes, abbreviations
    ("kel. pejaten timur jaksel", "31.74.04.1005"),
    ("Kel. Cipete Utara, lampu jalan mati", "31.74.07.1010"),
    ("sampah numpuk di kelurahan kebon baru tebet", "31.74.01.1004"),
    ("got mampet di Tebet", "31.74.01"),
    ("kec. cilandak", "31.74.06"),
    ("Kecamatan Kebon Jeruk, Jakarta Barat", "31.73.05"),
    ("kel. kebon jeruk", "31.73.05.1001"),
    ("pohon tumbang di kebonjeruk", "31.73.05"),
    ("kebun kacang", "31.71.07.1006"),
    ("jaksel", "31.74"),
    ("di jak-sel", "31.74"),
    ("jkt timur", "31.75"),
    ("Jakut", "31.72"),
    ("kep. seribu", "31.01"),
    ("dermaga rusak di P. Tidung", "31.01.02.1002"),
    ("tj. priok", "31.72.02"),
    ("Tanjung Priuk", "31.72.02"),
    ("Ps. Minggu", "31.74.04"),
    ("pd. kelapa", "31.75.07.1004"),
    ("pondok kopi jaktim", "31.75.07.1007"),
    ("kby baru", "31.74.07"),
    ("kby lama", "31.74.05"),
    ("Cempaka Putih Tim.", "31.71.05.1001"),
    ("rawamangun", "31.75.02.1005"),
    ("rawa mangun", "31.75.02.1005"),
    ("pulogadung", "31.75.02"),
    ("kramat jati", "31.75.04"),
    ("Halim", "31.75.08.1004"),
    ("kampung melayu", "31.75.03.1001"),
    ("senayan", "31.74.07.1006"),
    ("di tegal alur", "31.73.06.1003"),
    ("sukabumi utara", "31.73.05.1002"),
    ("kebon sirih", "31.71.06.1005"),
    ("kelurahan kebon kosong kemayoran jakpus", "31.71.03.1002"),
    ("RW 05 kel. Rawa Terate Cakung", "31.75.06.1002"),
    ("Kelurahan Pondok Labu", "31.74.06.1003"),
    ("kel. pondok labu, kec. cilandak", "31.74.06.1003"),
    ("lampu mati di depan stasiun pasar minggu", "31.74.04.1005"),
    # nesting kelurahan + kecamatan/kota
    ("karet, setiabudi", "31.74.02.1004"),
    ("Menteng Dalam, Tebet", "31.74.01.1003"),
    ("menteng atas jaksel", "31.74.02.1005"),
    ("Menteng, kel. Pegangsaan", "31.71.06.1002"),
    ("kel. baru pasar rebo", "31.75.05.1002"),
    ("di makasar jaktim", "31.75.08"),
    # names shared across levels and groups
    ("menteng", "31.71.06"),
    ("kel. menteng", "31.71.06.1001"),
    ("di kemayoran", "31.71.03"),
    ("jatinegara", "31.75"),
    ("cipete", "31.74"),
    ("sunter", "31.72.02"),
    ("pejaten", "31.74.04"),
    ("tanjung duren", "31.73.02"),
    ("gunung sahari", "31.71"),
    # typos
    ("banjir di pejaten timr", "31.74.04.1005"),
    ("jalan rusak di kebayoran lma", "31.74.05"),
    ("banjir di pesanggrahn", "31.74.10"),
    ("genangan di kelapa gadinh", "31.72.06"),
    ("di cengkarang barat", "31.73.01.1001"),
    ("banjir di cilincng", "31.72.04"),
    ("di rawamngun", "31.75.02.1005"),
    ("got meluap di penjaringn", "31.72.01"),
    ("sekitar jagakarsaa", "31.74.09"),
    ("pulogadong jaktim", "31.75.02"),
    # landmarks
    ("halte harmoni", "31.71.01.1003"),
    ("halte tj. priok", "31.72.02.1001"),
    ("stasiun manggarai", "31.74.01.1007"),
    ("st. tebet", "31.74.01.1001"),
    ("macet depan RSUD Pasar Minggu", "31.74.04.1004"),
    ("rs fatmawati", "31.74.06.1001"),
    ("antri lama di puskesmas kecamatan pasar minggu", "31.74.04.1007"),
    ("kantor lurah pejaten barat", "31.74.04.1006"),
    ("kantor camat tebet", "31.74.01.1002"),
    ("parkir liar depan mall kelapa gading", "31.72.06.1001"),
    ("sampah di dekat gelora bung karno", "31.71.07.1001"),
    # streets
    ("jl. pramuka", AMB),
    ("jalan raya bogor km 20 berlubang", "31.75.04.1001"),
    ("jalan raya bogor berlubang", "31.75"),
    # outside Jakarta
    ("Bekasi", OUT),
    ("rumah saya di bekasi", OUT),
    ("banjir di kelapa dua depok", OUT),
    ("Tangsel", OUT),
    ("jalan rusak di bintaro sektor 9", OUT),
    ("makassar", OUT),
    ("pekayon bekasi", OUT),
    ("di sukabumi", OUT),
    ("saya di bandung", OUT),
    # units Jakarta does not have: a desa, a dusun, a kabupaten other than Kepulauan Seribu
    ("jalan rusak di desa sumberejo kec. ngimbang", OUT),
    ("banjir di dsn. krajan rt 3", OUT),
    ("sampah numpuk di kabupaten pati", OUT),
    ("desa kemayoran banjir", "31.71.03.1001"),
    ("kab. kepulauan seribu", "31.01"),
    # the problem place, not the home
    ("saya tinggal di Bekasi tapi kerja di Tebet, lampu mati di depan kantor", "31.74.01"),
    ("rumah saya di depok, tapi jalan berlubang dekat kelurahan cipinang muara", "31.75.03.1006"),
    ("saya asal bogor, sekarang ada banjir di kel. rawa buaya", "31.73.01.1003"),
    ("banjir di cakung dekat bekasi", "31.75.06"),
    ("air kiriman dari bogor, kampung melayu banjir lagi", "31.75.03.1001"),
    ("macet total arah bekasi", None),
    ("jalan raya bekasi km 26", "31.75.06.1006"),
    # ordinary words: abstain
    ("pasar baru", None),
    ("harga di pasar baru naik terus", None),
    ("gelora", None),
    ("semangat gelora warga", None),
    ("duri", None),
    ("banyak duri di taman", None),
    ("rawa", None),
    ("kota", None),
    ("di kota kami banyak sampah", None),
    ("utan", None),
    ("baru saja lampu mati", None),
    ("tengah malam banjir lagi", None),
    ("lampu PJU mati sudah seminggu", None),
    ("program ini akan dikembangkan lagi", None),
    ("jalan rusak parah tolong diperbaiki", None),
    ("karet ban bekas dibuang sembarangan", None),
    ("kramat", None),
    ("jakarta", None),
    ("tolong perbaiki lampu di gang mawar rt 03 rw 07", None),
    ("semua warga se-jakarta resah", None),
    ("air bocor di pancuran umum", None),
    ("banjir di perumahan kami", None),
    ("sampah di pemakaman umum", None),
    ("lampu di perempatan mati", None),
    ("genangan di bantaran kali", None),
    ("jalan di tanjakan licin", None),
    ("anak-anak main di lapangan", None),
    ("jalan baru di jakarta timur rusak", "31.75"),
    ("karet di jaksel putus", "31.74"),
    ("ada pasar baru di jakarta pusat", "31.71"),
    ("puncak banjir jam 3 sore", None),
    ("nasib malang warga yang kebanjiran", None),
    ("pintu air dibuka, tanggul jebol", None),
    ("kami di tengah kota sudah banjir", None),
    ("pohon di pinggir jalan mau roboh", None),
    ("ada kabel menjuntai di gang sempit", None),
    ("macet di gambir", "31.71.01"),
    ("pintu air manggarai meluap", "31.74.01.1007"),
    # flood-report shapes (invented): a kelurahan named once, with or without a marker
    ("banjir di cipinang melayu rt 03", "31.75.08.1005"),
    ("genangan kampung melayu jatinegara", "31.75.03.1001"),
    ("kel kebon baru tebet", "31.74.01.1004"),
    ("rawa buaya cengkareng", "31.73.01.1003"),
    ("#banjir tinggi air 50cm di perumahan griya indah kel kedaung kali angke", "31.73.01.1004"),
    ("banjir di pluit", "31.72.01.1005"),
    ("banjir pluit", "31.72.01.1005"),
    ("air masuk rumah di bukit duri", "31.74.01.1005"),
    ("bukit duri tergenang 1 meter", "31.74.01.1005"),
    ("banjir setinggi 70 cm rw 04 bukit duri tebet", "31.74.01.1005"),
    ("kp. melayu banjir", "31.75.03.1001"),
    ("cengkareng tim", "31.73.01.1006"),
    ("kelapa gading bar", "31.72.06.1003"),
    ("baru saja banjir lagi di kapuk muara", "31.72.01.1003"),
    ("kelurahan pademangan barat rt 01", "31.72.05.1002"),
    ("jl. cipinang melayu banjir", "31.75.08.1005"),
    ("banjir 40cm jl. h. naman, pondok kelapa", "31.75.07.1004"),
    ("tinggal di bekasi, banjir di cipinang melayu", "31.75.08.1005"),
    # proper names that are also words: a place cue or an RT/RW is enough; ordinary words still need a marker
    ("banjir 30 cm di kapuk rt 05", "31.73.01.1005"),
    ("banjir di rambutan", "31.75.09.1005"),
    ("genangan di daerah bungur", "31.71.04.1006"),
    ("banjir sepaha di gedong rt 02", "31.75.05.1001"),
    ("banjir kapuk", None),
    ("di tengah jalan banjir", None),
    # a kelurahan sharing its kecamatan's name: kecamatan when bare, kelurahan with a marker or an RT/RW
    ("genangan di kemayoran", "31.71.03"),
    ("banjir kemayoran rt 07 rw 02", "31.71.03.1001"),
    ("banjir di pasar minggu", "31.74.04"),
    ("banjir kel. pasar minggu", "31.74.04.1001"),
    ("rt 04 rw 05 pasar minggu banjir", "31.74.04.1001"),
    # two areas named: the marked one, not a river or the area the water comes from
    ("banjir di kel. rawa buaya, airnya dari kali angke dekat duri kosambi", "31.73.01.1003"),
    ("banjir di pluit, kiriman dari kali angke", "31.72.01.1005"),
    ("kali sunter meluap ke sunter agung", "31.72.02.1006"),
    ("sunter agung banjir, warga mengungsi ke kelapa gading", "31.72.02.1006"),
    ("genangan di jalan raya daan mogot dekat kel. kedaung kali angke", "31.73.01.1004"),
    ("kali angke meluap", None),
    ("banjir cengkareng barat dan kapuk", "31.73.01.1001"),
    # written as in chats (issue 14): abbreviations of name heads, a glued "di", a glued RT/RW number
    ("banjir di cip. melayu", "31.75.08.1005"),
    ("genangan di cip muara rt 3", "31.75.03.1006"),
    ("genangan daerah kb jeruk", "31.73.05"),
    ("Kb. Kacang tergenang", "31.71.07.1006"),
    ("banjir di klp gading", "31.72.06"),
    ("klp. dua wetan banjir", "31.75.09.1003"),
    ("banjir dipluit", "31.72.01.1005"),
    ("banjir dijatinegara", "31.75"),
    ("banjir dikel. rawa buaya", "31.73.01.1003"),
    ("got mampet dikelurahan kebon baru tebet", "31.74.01.1004"),
    ("banjir rt05 rw03 kemayoran", "31.71.03.1001"),
    ("dijual rumah di cilandak", "31.74.06"),
    ("sampah dibuang ke kali", None),
    ("ditengah jalan ada lubang", None),
    # everyday names of areas (landmarks.csv): one kelurahan, or a kecamatan with its kelurahan as candidates
    ("banjir di kp. rambutan", "31.75.09.1005"),
    ("genangan di condet", "31.75.04"),
    ("banjir di batu ampar condet", "31.75.04.1004"),
    ("banjir di mampang", "31.74.03"),
    ("banjir di bangka mampang", "31.74.03.1002"),
    ("jalan rusak di pulomas", "31.75.02.1006"),
    ("banjir di benhil", "31.71.07.1002"),
    ("genangan di muara karang", "31.72.01.1005"),
    ("banjir di cipinang bsr selatan", "31.75.03.1007"),
    # "kampung tengah" is a proper name first: a place cue is enough ("urusan kampung tengah" is the belly)
    ("banjir di kampung tengah", "31.75.04.1002"),
    ("urusan kampung tengah dulu", None),
]


# Every kelurahan and kecamatan as a flood reporter might write it (issue 14): bare, with "di", with its
# kecamatan or kota, glued, abbreviated. Written from the gazetteer, none taken from the evaluation data.
CHAT_SET: list[tuple[str, str]] = [
    ("banjir di kel. cipinang melayu", "31.75.08.1005"),
    ("banjir di cip melayu rt 3", "31.75.08.1005"),
    ("genangan di kb. jeruk jakbar", "31.73.05"),
    ("deket kebon jeruk banjir", "31.73.05"),
    ("banjir sedada di rt 05/rw 03 bidara cina", "31.75.03.1002"),
    ("RT 05 RW 03 Kel. Bidara Cina, Kec. Jatinegara", "31.75.03.1002"),
    ("banjir di bidaracina", "31.75.03.1002"),
    ("banjir di bidara cina jaktim", "31.75.03.1002"),
    ("kampungmelayu banjir lagi", "31.75.03.1001"),
    ("banjir di kelurahan kampung melayu kecamatan jatinegara", "31.75.03.1001"),
    ("cilandak timur jaksel banjir", "31.74.04.1003"),
    ("banjir di kel cilandak timur kec pasar minggu", "31.74.04.1003"),
    ("banjir di petogogan", "31.74.07.1008"),
    ("banjir di ulujami", "31.74.10.1005"),
    ("genangan di pondok pinang", "31.74.05.1002"),
    ("banjir di pd pinang", "31.74.05.1002"),
    ("banjir di pdk. pinang", "31.74.05.1002"),
    ("banjir di tanjung barat", "31.74.09.1005"),
    ("banjir di tj barat", "31.74.09.1005"),
    ("banjir di lenteng agung", "31.74.09.1004"),
    ("banjir di kelapa gading", "31.72.06"),
    ("banjir di kelapa gading timur", "31.72.06.1001"),
    ("banjir di kelapagading", "31.72.06"),
    ("jakarta utara kelapa gading banjir", "31.72.06"),
    ("banjir di cengkareng", "31.73.01"),
    ("banjir di cengkareng timur", "31.73.01.1006"),
    ("banjir di grogol jakbar", "31.73.02.1001"),
    ("banjir di grogol selatan", "31.74.05.1005"),
    ("banjir di kel. grogol", "31.73.02.1001"),
    ("banjir di daerah cawang", "31.75.04.1007"),
    ("banjir dekat cawang", "31.75.04.1007"),
    ("banjir di cililitan", "31.75.04.1006"),
    ("banjir di kampung rambutan", "31.75.09.1005"),
    ("banjir di kel. cipinang", "31.75.02.1003"),
    ("banjir di klender", "31.75.07.1003"),
    ("banjir di klender jaktim rw 07", "31.75.07.1003"),
    ("banjir di jatinegara kaum", "31.75.02.1004"),
    ("banjir di tebet timur dalam", "31.74.01.1001"),
    ("banjir di tebet", "31.74.01"),
    ("banjir di tebet jaksel", "31.74.01"),
    ("banjir kec. tebet", "31.74.01"),
    ("banjir di sunter jaya", "31.72.02.1002"),
    ("banjir di sunter agung podomoro", "31.72.02.1006"),
    ("banjir di pluit karang", "31.72.01.1005"),
    ("banjir di kapuk muara", "31.72.01.1003"),
    ("banjir di pejagalan", "31.72.01.1004"),
    ("banjir di kamal muara", "31.72.01.1002"),
    ("banjir di penjaringan", "31.72.01"),
    ("banjir di kel penjaringan", "31.72.01.1001"),
    ("banjir di rawabuaya", "31.73.01.1003"),
    ("banjir di duri kosambi cengkareng", "31.73.01.1002"),
    ("banjir di kedaung", "31.73.01.1004"),
    ("banjir di kedoya", "31.73.05"),
    ("banjir di kedoya utara", "31.73.05.1006"),
    ("banjir di meruya", "31.73.08"),
    ("banjir di meruya selatan kembangan", "31.73.08.1003"),
    ("banjir di kembangan", "31.73.08"),
    ("banjir di srengseng", "31.73.08.1004"),
    ("banjir di joglo", "31.73.08.1005"),
    ("banjir di kemanggisan", "31.73.07.1005"),
    ("banjir di slipi", "31.73.07.1002"),
    ("banjir di palmerah", "31.73.07"),
    ("banjir di tomang", "31.73.02.1003"),
    ("banjir di jelambar", "31.73.02.1004"),
    ("banjir di angke", "31.73.04.1007"),
    ("banjir di tambora", "31.73.04"),
    ("banjir di pekojan", "31.73.04.1009"),
    ("banjir di petamburan", "31.71.07.1004"),
    ("banjir di bendungan hilir", "31.71.07.1002"),
    ("banjir di karet tengsin", "31.71.07.1003"),
    ("banjir di kwitang", "31.71.04.1005"),
    ("banjir di paseban", "31.71.04.1003"),
    ("banjir di cempaka putih", "31.71.05"),
    ("banjir di rawasari", "31.71.05.1003"),
    ("banjir di rawa sari", "31.71.05.1003"),
    ("banjir di johar baru", "31.71.08"),
    ("banjir di tanah tinggi", "31.71.08.1004"),
    ("banjir di kampung rawa", "31.71.08.1002"),
    ("banjir di galur johar baru", "31.71.08.1003"),
    ("banjir di cikini", "31.71.06.1003"),
    ("banjir di kampung bali", "31.71.07.1007"),
    ("banjir di jati padang", "31.74.04.1002"),
    ("banjir di jatipadang", "31.74.04.1002"),
    ("banjir di kebagusan", "31.74.04.1007"),
    ("banjir di ragunan", "31.74.04.1004"),
    ("banjir di pasar minggu jaksel", "31.74.04"),
    ("banjir di pengadegan", "31.74.08.1005"),
    ("banjir di duren tiga", "31.74.08.1004"),
    ("banjir di kalibata", "31.74.08.1002"),
    ("banjir di pancoran", "31.74.08"),
    ("banjir di cikoko", "31.74.08.1006"),
    ("banjir di manggarai", "31.74.01.1007"),
    ("banjir di kuningan", "31.74"),
    ("banjir di kuningan barat", "31.74.03.1005"),
    ("banjir di tegal parang", "31.74.03.1004"),
    ("banjir di cipete utara", "31.74.07.1010"),
    ("banjir di gandaria", "31.74"),
    ("banjir di lebak bulus", "31.74.06.1002"),
    ("banjir di cipulir", "31.74.05.1003"),
    ("banjir di petukangan", "31.74.10"),
    ("banjir di bintaro jaksel", "31.74.10.1002"),
    ("banjir di ciganjur", "31.74.09.1003"),
    ("banjir di srengseng sawah", "31.74.09.1002"),
    ("banjir di cilangkap", "31.75.10.1002"),
    ("banjir di lubang buaya", "31.75.10.1007"),
    ("banjir di bambu apus", "31.75.10.1006"),
    ("banjir di pondok ranggon", "31.75.10.1003"),
    ("banjir di cijantung", "31.75.05.1003"),
    ("banjir di kalisari", "31.75.05.1004"),
    ("banjir di cibubur", "31.75.09.1002"),
    ("banjir di pulo gebang", "31.75.06.1005"),
    ("banjir di penggilingan", "31.75.06.1003"),
    ("banjir di rawa terate", "31.75.06.1002"),
    ("banjir di ujung menteng", "31.75.06.1006"),
    ("banjir di pondok bambu", "31.75.07.1002"),
    ("banjir di malaka sari", "31.75.07.1005"),
    ("banjir di pinang ranti", "31.75.08.1002"),
    ("banjir di kebon pala", "31.75.08.1003"),
    ("banjir di kayu putih", "31.75.02.1006"),
    ("banjir di pisangan timur", "31.75.02.1002"),
    ("banjir di utan kayu", "31.75.01"),
    ("banjir di kayu manis", "31.75.01.1003"),
    ("banjir di rorotan", "31.72.04.1006"),
    ("banjir di semper", "31.72.04"),
    ("banjir di marunda", "31.72.04.1003"),
    ("banjir di sukapura", "31.72.04.1002"),
    ("banjir di koja", "31.72.03"),
    ("banjir di lagoa", "31.72.03.1003"),
    ("banjir di rawa badak", "31.72.03"),
    ("banjir di tugu utara", "31.72.03.1002"),
    ("banjir di warakas", "31.72.02.1007"),
    ("banjir di papanggo", "31.72.02.1003"),
    ("banjir di kebon bawang", "31.72.02.1005"),
    ("banjir di sungai bambu", "31.72.02.1004"),
    ("banjir di ancol", "31.72.05.1003"),
    ("banjir di pademangan", "31.72.05"),
    ("banjir di semanan", "31.73.06.1002"),
    ("banjir di pegadungan", "31.73.06.1005"),
    ("banjir di kalideres", "31.73.06"),
    ("banjir di kel. kayu putih dekat pulomas", "31.75.02.1006"),
    ("genangan di kebon pala depan masjid", "31.75.08.1003"),
    ("banjir di cipinang melayu, kec makasar, jaktim", "31.75.08.1005"),
    ("banjir di kel. pondok labu kec. cilandak jaksel rt 3 rw 4", "31.74.06.1003"),
    ("banjir di kel.rawa buaya", "31.73.01.1003"),
    ("banjir dikelurahan rawa buaya", "31.73.01.1003"),
    ("banjir di kec.cengkareng", "31.73.01"),
    ("banjir didaerah pluit", "31.72.01.1005"),
    ("banjir di pluit, penjaringan, jakut", "31.72.01.1005"),
    ("banjir di cengkareng timur dan cengkareng barat", "31.73.01"),
    ("kec. jatinegara kel. cipinang muara rt 5 rw 2", "31.75.03.1006"),
    ("Kel.Cipinang Muara Kec.Jatinegara", "31.75.03.1006"),
    ("cipinangmuara", "31.75.03.1006"),
    ("kebonjeruk jakbar", "31.73.05"),
    ("banjir di jl.raya bogor", "31.75"),
    ("bukitduri", "31.74.01.1005"),
    ("pejaten timur, pasar minggu, jakarta selatan", "31.74.04.1005"),
    ("pejaten timur pasar minggu", "31.74.04.1005"),
    ("genangan di pejatem timur", "31.74.04.1005"),
    ("banjir di cipinang besar utara", "31.75.03.1008"),
    ("banjir di cip. besar utara", "31.75.03.1008"),
    ("banjir di kel. kp. melayu", "31.75.03.1001"),
    ("kelurahan kebon manggis matraman", "31.75.01.1005"),
    ("banjir di pal meriam", "31.75.01.1004"),
    ("banjir di palmeriam matraman", "31.75.01.1004"),
    ("rawajati pancoran banjir", "31.74.08.1003"),
    ("rawa jati", "31.74.08.1003"),
    ("duren tiga jaksel", "31.74.08.1004"),
    ("durentiga", "31.74.08.1004"),
    ("kalibata jaksel", "31.74.08.1002"),
    ("banjir di srengseng sawah jagakarsa", "31.74.09.1002"),
    ("banjir di srengseng kembangan", "31.73.08.1004"),
    ("di kelapa dua wetan ciracas banjir", "31.75.09.1003"),
    ("kelapa dua kebon jeruk", "31.73.05.1004"),
    ("tanjung duren utara", "31.73.02.1002"),
    ("tj duren selatan", "31.73.02.1005"),
    ("jelambar baru", "31.73.02.1006"),
    ("jembatan lima", "31.73.04.1008"),
    ("jembatan besi tambora", "31.73.04.1006"),
    ("tanah sereal", "31.73.04.1004"),
    ("roa malaka", "31.73.04.1010"),
    ("mangga besar", "31.73.03.1005"),
    ("kota bambu utara palmerah", "31.73.07.1003"),
    ("kemanggisan palmerah", "31.73.07.1005"),
    ("cengkareng, jakarta barat", "31.73.01"),
    ("cengkareng jakbar", "31.73.01"),
    ("petukangan utara pesanggrahan", "31.74.10.1003"),
    ("petukangan utara", "31.74.10.1003"),
    ("ulujami jaksel", "31.74.10.1005"),
    ("banjir di pondok pinang kebayoran lama", "31.74.05.1002"),
    ("banjir di kby lama utara", "31.74.05.1001"),
    ("banjir di kebayoran lama selatan", "31.74.05.1006"),
    ("banjir di grogol utara kebayoran lama", "31.74.05.1004"),
    ("banjir di pondok labu, cilandak", "31.74.06.1003"),
    ("banjir di gandaria selatan", "31.74.06.1004"),
    ("banjir di gandaria utara", "31.74.07.1009"),
    ("banjir di cipete selatan", "31.74.06.1005"),
    ("banjir di lebak bulus, cilandak", "31.74.06.1002"),
    ("banjir di kramat pela", "31.74.07.1003"),
    ("banjir di petogogan kebayoran baru", "31.74.07.1008"),
    ("banjir di rawa barat", "31.74.07.1005"),
    ("banjir di kel. pulo", "31.74.07.1007"),
    ("banjir di kel. gunung", "31.74.07.1002"),
    ("banjir di selong", "31.74.07.1004"),
    ("banjir di melawai", "31.74.07.1001"),
    ("banjir di cilandak barat", "31.74.06.1001"),
    ("banjir di cilandak", "31.74.06"),
    ("banjir di pasar rebo", "31.75.05"),
    ("banjir di kel. baru pasar rebo", "31.75.05.1002"),
    ("banjir di gedong pasar rebo", "31.75.05.1001"),
    ("banjir di kramat jati", "31.75.04"),
    ("banjir di kel. kramat jati", "31.75.04.1001"),
    ("banjir di dukuh kramat jati", "31.75.04.1003"),
    ("banjir di bale kambang", "31.75.04.1005"),
    ("banjir di balekambang", "31.75.04.1005"),
    ("banjir di batu ampar", "31.75.04.1004"),
    ("banjir di cawang jaktim", "31.75.04.1007"),
    ("banjir di makasar", "31.75.08"),
    ("banjir di halim", "31.75.08.1004"),
    ("banjir di pinangranti", "31.75.08.1002"),
    ("banjir di cipayung jaktim", "31.75.10"),
    ("banjir di munjul", "31.75.10.1004"),
    ("banjir di ceger", "31.75.10.1008"),
    ("banjir di susukan ciracas", "31.75.09.1004"),
    ("banjir di cakung timur", "31.75.06.1004"),
    ("banjir di cakung barat", "31.75.06.1007"),
    ("banjir di cakung", "31.75.06"),
    ("banjir di duren sawit", "31.75.07"),
    ("banjir di malaka jaya", "31.75.07.1006"),
    ("banjir di pondok kopi", "31.75.07.1007"),
    ("banjir di klender duren sawit", "31.75.07.1003"),
    ("banjir di pisangan baru matraman", "31.75.01.1001"),
    ("banjir di utan kayu utara", "31.75.01.1002"),
    ("banjir di utan kayu selatan", "31.75.01.1006"),
    ("banjir di kayu manis matraman", "31.75.01.1003"),
    ("banjir di rawa bunga", "31.75.03.1004"),
    ("banjir di bali mester", "31.75.03.1003"),
    ("banjir di balimester", "31.75.03.1003"),
    ("banjir di cipinang cempedak", "31.75.03.1005"),
    ("banjir di pulogadung", "31.75.02"),
    ("banjir di kel pulo gadung", "31.75.02.1001"),
    ("banjir di jati pulogadung", "31.75.02.1007"),
    ("banjir di kel. jati", "31.75.02.1007"),
    ("banjir di jatinegara kaum pulogadung", "31.75.02.1004"),
    ("banjir di rawamangun jaktim", "31.75.02.1005"),
    ("banjir di pegangsaan dua", "31.72.06.1002"),
    ("banjir di kelapa gading barat", "31.72.06.1003"),
    ("banjir di sunter jaya tanjung priok", "31.72.02.1002"),
    ("banjir di tanjung priok", "31.72.02"),
    ("banjir di kel tanjung priok", "31.72.02.1001"),
    ("banjir di koja jakut", "31.72.03"),
    ("banjir di rawa badak utara", "31.72.03.1004"),
    ("banjir di rawabadak selatan", "31.72.03.1006"),
    ("banjir di tugu selatan koja", "31.72.03.1005"),
    ("banjir di cilincing jakut", "31.72.04"),
    ("banjir di kali baru cilincing", "31.72.04.1004"),
    ("banjir di semper barat", "31.72.04.1007"),
    ("banjir di semper timur", "31.72.04.1005"),
    ("banjir di pademangan timur", "31.72.05.1001"),
    ("banjir di pademangan barat", "31.72.05.1002"),
    ("banjir di penjaringan jakut", "31.72.01"),
    ("banjir di pluit penjaringan", "31.72.01.1005"),
    ("banjir di kapuk muara penjaringan", "31.72.01.1003"),
    ("banjir di kamal kalideres", "31.73.06.1004"),
    ("banjir di kalideres jakbar", "31.73.06"),
    ("banjir di tegal alur kalideres", "31.73.06.1003"),
    ("banjir di kembangan utara", "31.73.08.1001"),
    ("banjir di kembangan selatan", "31.73.08.1006"),
    ("banjir di meruya utara", "31.73.08.1002"),
    ("banjir di kedoya selatan", "31.73.05.1007"),
    ("banjir di duri kepa", "31.73.05.1005"),
    ("banjir di sukabumi selatan", "31.73.05.1003"),
    ("banjir di wijaya kusuma", "31.73.02.1007"),
    ("banjir di grogol petamburan", "31.73.02"),
    ("banjir di tomang jakbar", "31.73.02.1003"),
    ("banjir di krukut", "31.73.03.1002"),
    ("banjir di glodok", "31.73.03.1007"),
    ("banjir di pinangsia", "31.73.03.1008"),
    ("banjir di keagungan", "31.73.03.1006"),
    ("banjir di kali anyar", "31.73.04.1002"),
    ("banjir di kalianyar tambora", "31.73.04.1002"),
    ("banjir di duri utara", "31.73.04.1003"),
    ("banjir di duri selatan", "31.73.04.1011"),
    ("banjir di krendang", "31.73.04.1005"),
    ("banjir di karang anyar", "31.71.02.1002"),
    ("banjir di gunung sahari utara", "31.71.02.1004"),
    ("banjir di gunung sahari selatan", "31.71.03.1005"),
    ("banjir di harapan mulya kemayoran", "31.71.03.1003"),
    ("banjir di kebon kosong", "31.71.03.1002"),
    ("banjir di utan panjang", "31.71.03.1008"),
    ("banjir di cempaka baru", "31.71.03.1006"),
    ("banjir di cempaka putih barat", "31.71.05.1002"),
    ("banjir di kebon kelapa gambir", "31.71.01.1005"),
    ("banjir di petojo utara", "31.71.01.1003"),
    ("banjir di cideng", "31.71.01.1002"),
    ("banjir di duri pulo", "31.71.01.1006"),
    ("banjir di kebon melati", "31.71.07.1005"),
    ("banjir di karet semanggi", "31.74.02.1002"),
    ("banjir di karet kuningan", "31.74.02.1003"),
    ("banjir di pasar manggis", "31.74.02.1006"),
    ("banjir di kuningan timur", "31.74.02.1008"),
    ("banjir di setiabudi", "31.74.02"),
    ("banjir di menteng atas", "31.74.02.1005"),
    ("banjir di manggarai selatan", "31.74.01.1006"),
    ("banjir di tebet barat", "31.74.01.1002"),
    ("banjir di jagakarsa", "31.74.09"),
    ("banjir di cipedak", "31.74.09.1006"),
    ("banjir di pesanggrahan", "31.74.10"),
    ("banjir di bintaro", "31.74.10.1002"),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(DATA_DIR)


def _check(place: Place | None, expected: str | None) -> None:
    if expected is None:
        assert place is None
        return
    assert place is not None
    if expected == OUT:
        assert place.outside and place.source == "outside"
        assert (place.kelurahan, place.kecamatan, place.kota) == (None, None, None)
    elif expected == AMB:
        assert place.ambiguous and place.kota is None
    else:
        assert not place.outside
        most_specific = place.kelurahan or place.kecamatan or place.kota
        assert most_specific == expected


@pytest.mark.parametrize(("text", "expected"), DEV_SET, ids=[t for t, _ in DEV_SET])
def test_dev_set(gaz: Gazetteer, text: str, expected: str | None) -> None:
    _check(gaz.resolve(text), expected)


@pytest.mark.parametrize(("text", "expected"), CHAT_SET, ids=[t for t, _ in CHAT_SET])
def test_chat_set(gaz: Gazetteer, text: str, expected: str) -> None:
    _check(gaz.resolve(text), expected)


def test_chat_set_covers_every_kecamatan() -> None:
    kecamatan = {code[:8] for _, code in CHAT_SET if len(code) >= 8}
    assert len(kecamatan) == 42  # all 44 but the two of Kepulauan Seribu


def test_dev_set_is_big_enough() -> None:
    assert len(DEV_SET) >= 60


# ------------------------------------------------------------------------------------------ whole results


def test_kelurahan_with_prefix_and_kota(gaz: Gazetteer) -> None:
    place = gaz.resolve("kel. pejaten timur jaksel")
    assert place is not None
    expected = Place("kel. pejaten timur jaksel", "31.74.04.1005", "31.74.04", "31.74", "name", place.score)
    assert place == expected
    assert place.score >= 0.9 and not place.ambiguous


def test_shared_name_bare_is_kecamatan_with_kelurahan_candidate(gaz: Gazetteer) -> None:
    place = gaz.resolve("menteng")
    assert place is not None and place.ambiguous
    assert (place.kelurahan, place.kecamatan, place.kota) == (None, "31.71.06", "31.71")
    assert {c.kelurahan for c in place.candidates} == {"31.71.06.1001", None}
    assert all(c.kecamatan == "31.71.06" for c in place.candidates)


def test_shared_name_with_marker(gaz: Gazetteer) -> None:
    kec = gaz.resolve("Kec. Menteng")
    kel = gaz.resolve("kelurahan menteng")
    assert kec is not None and (kec.kelurahan, kec.kecamatan, kec.ambiguous) == (None, "31.71.06", False)
    assert kel is not None and (kel.kelurahan, kel.ambiguous) == ("31.71.06.1001", False)


def test_lurah_and_camat_name_the_level(gaz: Gazetteer) -> None:
    kel = gaz.resolve("pak lurah menteng kemana aja, got depan kantor mampet")
    kec = gaz.resolve("tolong pak camat menteng turun tangan")
    assert kel is not None and (kel.kelurahan, kel.ambiguous) == ("31.71.06.1001", False)
    assert kec is not None and (kec.kelurahan, kec.kecamatan, kec.ambiguous) == (None, "31.71.06", False)


@pytest.mark.parametrize(
    "text",
    [
        "genangan di rawamangun raya",
        "trotoar rusak di Rawamangun Indah",
        "banjir di rawamangun barat",
        "lift mati di apartemen rawamangun",
    ],
)
def test_name_inside_a_longer_name_vouches_only_for_the_kecamatan(gaz: Gazetteer, text: str) -> None:
    # A street, estate or quarter named after a kelurahan may lie next door: only Pulo Gadung is sure.
    place = gaz.resolve(text)
    assert place is not None and (place.kelurahan, place.kecamatan) == (None, "31.75.02")


def test_name_alone_or_marked_still_names_the_kelurahan(gaz: Gazetteer) -> None:
    bare = gaz.resolve("genangan di rawamangun")
    assert bare is not None and bare.kelurahan == "31.75.02.1005"
    marked = gaz.resolve("genangan di kel. rawamangun barat")  # a marker still names the kelurahan
    assert marked is not None and marked.kelurahan == "31.75.02.1005"


def test_name_in_two_kecamatan_gives_candidates(gaz: Gazetteer) -> None:
    # Jatinegara: a kecamatan (31.75.03) and a kelurahan of Cakung (31.75.06.1001).
    place = gaz.resolve("jatinegara")
    assert place is not None and place.ambiguous
    assert (place.kelurahan, place.kecamatan, place.kota) == (None, None, "31.75")
    assert {c.kecamatan for c in place.candidates} == {"31.75.03", "31.75.06"}
    kaum = gaz.resolve("kel. jatinegara, cakung")
    assert kaum is not None and kaum.kelurahan == "31.75.06.1001"


def test_inconsistent_pair_prefers_nesting_pair(gaz: Gazetteer) -> None:
    place = gaz.resolve("kebon baru, kecamatan tebet, jakarta selatan")
    assert place is not None and place.kelurahan == "31.74.01.1004"


def _offered(place: Place | None) -> set[str | None]:
    assert place is not None
    return {c.kelurahan or c.kecamatan for c in place.candidates}


@pytest.mark.parametrize(
    "text",
    [
        "kel. pondok labu kec. pasar minggu",
        "banjir di pondok labu, kecamatan pasar minggu",
        "kec. pasar minggu kel. pondok labu",
    ],
)
def test_kelurahan_and_kecamatan_that_do_not_nest_are_both_offered(gaz: Gazetteer, text: str) -> None:
    # Pondok Labu lies in Cilandak, not Pasar Minggu: either name may be the citizen's slip, so ask.
    place = gaz.resolve(text)
    assert place is not None and place.ambiguous and place.score < 0.9
    assert (place.kelurahan, place.kecamatan, place.kota) == (None, None, "31.74")
    assert _offered(place) == {"31.74.06.1003", "31.74.04"}


def test_two_places_named_alike_are_both_offered(gaz: Gazetteer) -> None:
    same_kec = gaz.resolve("banjir di pondok kelapa dan pondok bambu")
    assert same_kec is not None and (same_kec.kelurahan, same_kec.kecamatan) == (None, "31.75.07")
    assert _offered(same_kec) == {"31.75.07.1004", "31.75.07.1002"}
    apart = gaz.resolve("genangan di cawang, kampung melayu juga")
    assert apart is not None and (apart.kecamatan, apart.kota) == (None, "31.75")
    assert _offered(apart) == {"31.75.04.1007", "31.75.03.1001"}
    assert apart.text == "cawang, kampung melayu"


@pytest.mark.parametrize(
    ("text", "kelurahan"),
    [
        ("banjir di kel. rawa buaya, dekat duri kosambi", "31.73.01.1003"),  # a marker outranks a bare name
        ("banjir di cipinang melayu, warga mengungsi ke pondok bambu", "31.75.08.1005"),  # a shelter
        ("tebet barat banjir 50cm, air kiriman dari manggarai", "31.74.01.1002"),  # where the water came from
        ("saya tinggal di pondok bambu, banjir di cipinang melayu", "31.75.08.1005"),  # a home
        ("banjir di kampung melayu deket stasiun jatinegara", "31.75.03.1001"),  # a reference point
        ("genangan di bukit duri, dekat stasiun jatinegara", "31.74.01.1005"),
        ("banjir di cawang, kramat jati; pejaten aman", "31.75.04.1007"),  # two names agree, one stands alone
    ],
)
def test_a_place_with_a_reason_to_prefer_it_is_answered_alone(
    gaz: Gazetteer, text: str, kelurahan: str
) -> None:
    place = gaz.resolve(text)
    assert place is not None and place.kelurahan == kelurahan and not place.candidates


def test_kota_only(gaz: Gazetteer) -> None:
    place = gaz.resolve("Jakarta Selatan")
    assert place == Place("Jakarta Selatan", None, None, "31.74", "name", place.score)


def test_outside_city(gaz: Gazetteer) -> None:
    place = gaz.resolve("Depok")
    assert place == Place("Depok", None, None, None, "outside", place.score, outside=True)


def test_outside_problem_place_heuristic(gaz: Gazetteer) -> None:
    place = gaz.resolve("saya tinggal di Bekasi tapi kerja di Tebet, lampu mati di depan kantor")
    assert place is not None and place.text == "Tebet" and place.kecamatan == "31.74.01" and not place.outside


def test_a_jakarta_place_beats_a_village_of_origin(gaz: Gazetteer) -> None:
    place = gaz.resolve("saya dari desa kemiri tapi banjirnya di kelapa gading")
    assert place is not None and not place.outside and place.kecamatan == "31.72.06"


def test_street_named_city_is_not_outside(gaz: Gazetteer) -> None:
    place = gaz.resolve("jalan raya bekasi km 18 rusak")
    assert place is not None and not place.outside and place.kota == "31.75"


def test_landmark_text_is_span_as_written(gaz: Gazetteer) -> None:
    place = gaz.resolve("Tolong, di HALTE Harmoni ada kebocoran")
    assert place is not None
    assert (place.text, place.source, place.kelurahan) == ("HALTE Harmoni", "landmark", "31.71.01.1003")


@pytest.mark.parametrize(
    ("text", "kelurahan"),
    [
        ("deket monas macet parah", "31.71.01.1001"),  # Gambir
        ("antrean di RSCM sampai ke jalan", "31.71.04.1002"),  # Kenari
        ("pkl di trotoar blok m", "31.74.07.1001"),  # Melawai
        ("banjir di kampung pulo lagi", "31.75.03.1001"),  # Kampung Melayu
        ("dekat pasar senen sampah numpuk", "31.71.04.1001"),  # Senen, not the kecamatan of the same name
        ("genangan depan kalibata city", "31.74.08.1003"),  # Rawajati, not Kalibata
    ],
)
def test_common_names_of_well_known_places(gaz: Gazetteer, text: str, kelurahan: str) -> None:
    place = gaz.resolve(text)
    assert place is not None and place.source == "landmark" and place.kelurahan == kelurahan
    assert gaz.unit(kelurahan).level == "kelurahan"


def test_common_name_over_two_kelurahan_gives_their_kecamatan(gaz: Gazetteer) -> None:
    place = gaz.resolve("jalan rusak di PIK")
    assert place is not None and place.kelurahan is None and place.kecamatan == "31.72.01"  # Penjaringan
    names = {gaz.unit(c.kelurahan).nama for c in place.candidates if c.kelurahan}
    assert names == {"Kamal Muara", "Kapuk Muara"}


@pytest.mark.parametrize(
    "text", ["perumahan griya asri blok m no 12 banjir", "rumah saya di komplek melati blok m kebanjiran"]
)
def test_a_block_letter_of_an_estate_is_not_blok_m(gaz: Gazetteer, text: str) -> None:
    place = gaz.resolve(text)
    assert place is None or place.kelurahan != "31.74.07.1001"


def test_every_common_name_row_names_a_real_kelurahan(tmp_path: Path) -> None:
    from nlu.places import ALIASES_FILE

    rows = ALIASES_FILE.read_text(encoding="utf-8").splitlines()
    assert len(rows) > 40  # loading the gazetteer (the fixture) already checked each row's kelurahan
    bad = tmp_path / "landmarks.csv"
    bad.write_text("names,kelurahan,what\nfoo,Atlantis (Kebayoran Baru),nowhere\n", encoding="utf-8")
    fresh = Gazetteer(Gazetteer.load(DATA_DIR)._units)
    with pytest.raises(ValueError, match=r"landmarks.csv:2: no kelurahan 'Atlantis \(Kebayoran Baru\)'"):
        fresh._index_aliases(bad)


def test_common_names_are_lookup_names(gaz: Gazetteer) -> None:
    assert {"monas", "rscm", "blok m", "kampung pulo"} <= set(gaz.lookup_names())


def test_landmark_needs_generic_word_or_distinct_name(gaz: Gazetteer) -> None:
    assert gaz.resolve("gotong royong membersihkan selokan") is None


def test_street_single_kelurahan(gaz: Gazetteer) -> None:
    place = gaz.resolve("jl. pramuka sari 1")
    assert place is not None and place.source == "street" and place.kelurahan == "31.71.05.1003"
    assert place.score <= 0.6


def test_street_ambiguous_candidates(gaz: Gazetteer) -> None:
    place = gaz.resolve("jalan pramuka")
    assert place is not None and place.ambiguous and place.source == "street"
    assert {c.kelurahan for c in place.candidates} >= {"31.75.02.1005", "31.71.05.1003"}


def test_risky_name_supported_by_kecamatan(gaz: Gazetteer) -> None:
    place = gaz.resolve("gelora, tanah abang")
    assert place is not None and place.kelurahan == "31.71.07.1001"


# ------------------------------------------------------------------------------------------ robustness


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "🙂🙂🙂",
        "\x00\x01\x1b[31m",
        "a" * 5000,
        "banjir " * 800,
        "kel. " * 1200,
        "\u200b\ufeff",
        "Ｔｅｂｅｔ",
        "ÇİĞ Tebet ß",
        "\ud800",
    ],
)
def test_odd_input_does_not_raise(gaz: Gazetteer, text: str) -> None:
    result = gaz.resolve(text)
    assert result is None or isinstance(result, Place)


def test_long_message_is_fast(gaz: Gazetteer) -> None:
    text = ("lampu jalan mati di dekat kantor kelurahan pejaten barat " * 100)[:5000]
    started = time.perf_counter()
    place = gaz.resolve(text)
    assert time.perf_counter() - started < 1.0
    assert place is not None


def test_accents_and_fullwidth(gaz: Gazetteer) -> None:
    place = gaz.resolve("Ｔｅｂｅｔ")
    assert place is not None and place.kecamatan == "31.74.01"


# ------------------------------------------------------------------------------------------ normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Kel. Pejaten Timur, Kec. Ps. Minggu, JakSel!!",
            "kelurahan pejaten timur kecamatan pasar minggu jakarta selatan",
        ),
        ("jak-sel", "jakarta selatan"),
        ("JKT TIM", "jakarta timur"),
        ("Tj.Priok", "tanjung priok"),
        ("pd. labu", "pondok labu"),
        ("kby lama", "kebayoran lama"),
        ("Kebun  Jeruk", "kebon jeruk"),
        ("Kb. Jeruk, Cip. Melayu, Klp. Gading", "kebon jeruk cipinang melayu kelapa gading"),
        ("RT05/RW03", "rt 05 rw 03"),
        ("dipluit", "dipluit"),  # a glued "di" is split only by the gazetteer, which knows the place words
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


# ------------------------------------------------------------------------------------------ units and names


def test_unit_lookup(gaz: Gazetteer) -> None:
    assert gaz.unit("31.74.04.1005") == Unit(
        "31.74.04.1005",
        "Pejaten Timur",
        "kelurahan",
        "31.74.04",
        "31.74",
        gaz.unit("31.74.04.1005").lat,
        gaz.unit("31.74.04.1005").lng,
    )
    kec = gaz.unit("31.74.04")
    assert (kec.level, kec.kecamatan, kec.kota) == ("kecamatan", None, "31.74")
    kota = gaz.unit("31.74")
    assert (kota.level, kota.kota) == ("kota_kab", "31.74")
    with pytest.raises(KeyError):
        gaz.unit("99.99")


def test_names_for_rasa(gaz: Gazetteer) -> None:
    names = gaz.names()
    assert set(names) == {"kelurahan", "kecamatan", "kota", "landmark"}
    assert "pejaten timur" in names["kelurahan"] and "harapan mulya" in names["kelurahan"]
    assert "kebayoran lama" in names["kecamatan"] and "jakarta selatan" in names["kota"]
    assert "jaksel" in names["kota"] and "halte harmoni" in names["landmark"]
    assert all(n == n.lower().strip() for forms in names.values() for n in forms)


def test_lookup_names_leave_out_ordinary_words(gaz: Gazetteer) -> None:
    names = set(gaz.lookup_names())
    assert {"pejaten timur", "kebayoran lama", "jaksel", "halte harmoni"} <= names
    assert not {"baru", "tengah", "pasar", "kota", "ruko", "kecamatan", "desa", "dua"} & names


def test_load_is_cached_and_fast() -> None:
    started = time.perf_counter()
    again = Gazetteer.load(DATA_DIR)
    assert time.perf_counter() - started < 0.1
    assert again is Gazetteer.load(DATA_DIR)


# ------------------------------------------------------------------------------------------ points


def test_point_inside_kelurahan(gaz: Gazetteer) -> None:
    unit = gaz.unit("31.74.04.1005")  # Pejaten Timur: its centroid lies inside its polygon
    place = gaz.locate(unit.lat, unit.lng)
    assert place.source == "point" and not place.outside
    assert (place.kelurahan, place.kecamatan, place.kota) == ("31.74.04.1005", "31.74.04", "31.74")
    assert place.score == 1.0


def test_point_where_centroid_is_outside_polygon(gaz: Gazetteer) -> None:
    # Kampung Melayu's centroid falls outside its own polygon: the point answer must not be Kampung Melayu.
    unit = gaz.unit("31.75.03.1001")
    assert gaz.locate(unit.lat, unit.lng).kelurahan != "31.75.03.1001"


def test_point_in_the_sea_is_outside(gaz: Gazetteer) -> None:
    place = gaz.locate(-5.95, 106.85)
    assert place.outside and (place.kelurahan, place.kecamatan, place.kota) == (None, None, None)


def test_point_just_off_the_coast_is_nearest_kelurahan(gaz: Gazetteer) -> None:
    place = gaz.locate(*OFF_COAST)
    assert not place.outside and place.kelurahan == OFF_COAST_KELURAHAN and place.score < 1.0


def test_point_beyond_margin_off_coast_is_outside(gaz: Gazetteer) -> None:
    lat, lng = OFF_COAST
    assert gaz.locate(lat + 2 * DEFAULT_MARGIN_M / 111_320, lng).outside


def test_point_outside_jakarta_on_land(gaz: Gazetteer) -> None:
    assert gaz.locate(-6.2383, 106.9756).outside  # Bekasi city centre
    assert gaz.locate(float("nan"), 106.8).outside


# A point about 150 m north of the northern edge of a coastal kelurahan (checked against the polygons).
OFF_COAST: tuple[float, float] = (-6.087449, 106.967942)
OFF_COAST_KELURAHAN = "31.72.04.1003"  # Marunda
