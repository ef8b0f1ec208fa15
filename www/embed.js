// Embeds views or single charts of the China-Japan-Korea trade widget in a host page.
//
// Snippet (the widget's "Embed this view" writes it):
//   <div data-cjk-trade-widget="view=rca&amp;year=2015&amp;panel=rca-lines" data-title="…"></div>
//   <script src="https://example.org/widget/embed.js"></script>
//
// Each element becomes an iframe of the widget. The widget reports its content's height, and the
// iframe is resized to it: `{type: "cjk-trade-widget:height", height}`, or the Datawrapper form
// `{"datawrapper-height": {"<id>": height}}`. Only messages from this script's own iframes count.
// Elements added later (single-page apps, infinite scroll) are mounted with
// `window.CJKTradeWidget.mount(element)`.
//
// No inline styles in markup and no eval: it runs under a strict Content-Security-Policy.
(function () {
  "use strict";
  // Each snippet carries this script, right after its element and without `async`: it runs as
  // the article is parsed, before anything below the element is laid out, so the iframe takes
  // its expected height before the first paint and the article never moves. Loaded again by a
  // later snippet (from the cache), it mounts the elements that are new since.
  if (window.CJKTradeWidget) {
    window.CJKTradeWidget.mountAll();
    return;
  }
  var script = document.currentScript;
  var base = script ? script.src.replace(/embed\.js(\?.*)?$/, "") : "";
  var MESSAGE = "cjk-trade-widget:height";
  var LANGUAGES = ["en", "zh", "ja", "ko"];
  var frames = [];

  // BEGIN MEASURED HEIGHTS
  // Written by `make embed-heights` (tools/embed_heights.mjs) from the built widget: each embed's
  // content height in CSS px, in its default state, at each column width of WIDTHS_PX. Do not edit.
  var WIDTHS_PX = [300, 320, 343, 360, 375, 390, 412, 440, 480, 540, 600, 640, 720, 800, 960, 1280];
  var HEIGHTS_PX = {
    "view:tci": { en: [1924, 1898, 1873, 1829, 1786, 1750, 1750, 1693, 1629, 1564, 1618, 1567, 1626, 1687, 1724, 1704], zh: [1851, 1779, 1712, 1687, 1666, 1645, 1598, 1490, 1499, 1550, 1492, 1540, 1590, 1672, 1699, 1644], ja: [1918, 1800, 1733, 1733, 1709, 1709, 1709, 1709, 1593, 1547, 1582, 1592, 1589, 1671, 1724, 1668], ko: [1757, 1733, 1688, 1688, 1666, 1645, 1585, 1513, 1502, 1575, 1474, 1522, 1617, 1699, 1724, 1668] },
    "tci-lines": { en: [881, 821, 804, 748, 748, 720, 703, 682, 629, 629, 550, 565, 577, 605, 626, 581], zh: [737, 720, 682, 682, 682, 682, 632, 579, 579, 543, 533, 527, 556, 556, 560, 560], ja: [772, 737, 737, 737, 737, 716, 650, 632, 632, 596, 569, 584, 577, 577, 598, 581], ko: [737, 737, 698, 681, 660, 660, 632, 596, 596, 562, 533, 548, 577, 577, 581, 581] },
    "tci-heatmap": { en: [841, 821, 803, 803, 803, 803, 786, 766, 730, 746, 736, 765, 805, 862, 877, 860], zh: [821, 803, 766, 744, 744, 744, 744, 708, 712, 720, 727, 736, 794, 851, 840, 840], ja: [821, 803, 803, 782, 782, 782, 761, 744, 744, 731, 756, 767, 789, 847, 877, 860], ko: [803, 803, 782, 764, 744, 744, 744, 708, 716, 741, 731, 759, 817, 875, 860, 860] },
    "view:rca": { en: [2043, 2086, 2031, 2010, 1989, 1989, 1964, 1941, 1808, 1806, 1837, 1757, 1733, 1761, 1770, 1678], zh: [1991, 1939, 1896, 1896, 1896, 1872, 1849, 1741, 1749, 1758, 1648, 1669, 1710, 1738, 1697, 1678], ja: [2012, 1991, 1944, 1923, 1917, 1917, 1893, 1857, 1821, 1758, 1789, 1766, 1710, 1738, 1697, 1699], ko: [1969, 1969, 1938, 1917, 1917, 1896, 1860, 1764, 1772, 1806, 1669, 1669, 1710, 1738, 1697, 1678] },
    "rca-heatmap": { en: [1188, 1233, 1210, 1190, 1190, 1190, 1172, 1152, 1094, 1096, 1039, 1022, 978, 978, 978, 915], zh: [1196, 1150, 1150, 1130, 1130, 1130, 1130, 1094, 1073, 1022, 978, 978, 978, 978, 915, 915], ja: [1191, 1191, 1174, 1174, 1147, 1147, 1130, 1130, 1109, 1075, 1075, 1014, 978, 978, 932, 915], ko: [1212, 1174, 1168, 1150, 1150, 1130, 1130, 1094, 1094, 1075, 978, 978, 978, 978, 932, 915] },
    "rca-lines": { en: [822, 801, 750, 708, 708, 708, 690, 670, 634, 634, 584, 582, 567, 595, 616, 599], zh: [714, 690, 690, 670, 670, 670, 670, 634, 613, 560, 523, 538, 567, 595, 599, 599], ja: [731, 731, 714, 714, 687, 687, 670, 670, 649, 613, 620, 574, 567, 595, 616, 599], ko: [752, 714, 708, 690, 690, 670, 670, 634, 634, 613, 523, 538, 567, 595, 616, 599] },
    "view:esi": { en: [1504, 1479, 1479, 1479, 1409, 1409, 1373, 1373, 1264, 1275, 1306, 1251, 1164, 1192, 1197, 1177], zh: [1419, 1373, 1329, 1329, 1329, 1329, 1329, 1233, 1241, 1275, 1173, 1169, 1164, 1192, 1197, 1177], ja: [1440, 1419, 1394, 1373, 1373, 1350, 1350, 1326, 1313, 1275, 1270, 1266, 1164, 1192, 1197, 1199], ko: [1419, 1419, 1372, 1350, 1350, 1329, 1329, 1257, 1241, 1239, 1194, 1194, 1164, 1192, 1197, 1177] },
    "esi-lines": { en: [737, 737, 671, 671, 671, 671, 654, 633, 597, 569, 540, 517, 546, 574, 595, 578], zh: [671, 654, 654, 654, 605, 605, 605, 569, 569, 495, 502, 517, 546, 574, 578, 578], ja: [688, 688, 671, 671, 643, 623, 605, 605, 605, 569, 556, 553, 546, 574, 595, 578], ko: [709, 671, 671, 654, 626, 626, 626, 569, 569, 569, 502, 517, 546, 574, 595, 578] },
    "esi-stacked": { en: [715, 715, 677, 677, 677, 655, 638, 617, 581, 583, 547, 509, 463, 463, 463, 446], zh: [655, 638, 638, 638, 617, 617, 617, 581, 581, 509, 509, 509, 463, 463, 446, 446], ja: [672, 672, 655, 655, 655, 635, 617, 617, 617, 583, 563, 545, 463, 463, 463, 446], ko: [693, 655, 655, 638, 638, 638, 638, 581, 581, 583, 509, 509, 463, 463, 463, 446] },
    "view:tsc": { en: [1938, 1938, 1878, 1878, 1811, 1811, 1811, 1789, 1725, 1675, 1706, 1651, 1667, 1652, 1657, 1638], zh: [1832, 1832, 1788, 1788, 1767, 1767, 1743, 1635, 1643, 1653, 1584, 1605, 1624, 1652, 1657, 1638], ja: [1874, 1830, 1809, 1809, 1809, 1809, 1788, 1752, 1715, 1675, 1681, 1681, 1646, 1674, 1679, 1659], ko: [1835, 1788, 1788, 1788, 1764, 1743, 1707, 1635, 1643, 1675, 1587, 1583, 1624, 1652, 1657, 1638] },
    "tsc-bars": { en: [1105, 1077, 1039, 1017, 1017, 1017, 1000, 1000, 964, 964, 928, 907, 890, 890, 890, 873], zh: [1056, 1017, 1000, 1000, 1000, 1000, 1000, 964, 964, 907, 890, 890, 890, 890, 873, 873], ja: [1034, 1017, 1017, 1017, 1017, 1017, 1017, 1000, 1000, 943, 926, 926, 890, 890, 890, 873], ko: [1017, 1017, 1017, 1000, 1000, 1000, 1000, 964, 964, 946, 890, 890, 890, 890, 873, 873] },
    "gl-lines": { en: [709, 709, 626, 626, 626, 626, 609, 609, 573, 551, 522, 499, 511, 539, 560, 543], zh: [644, 626, 609, 609, 609, 609, 609, 551, 534, 477, 467, 482, 511, 539, 543, 543], ja: [661, 644, 644, 626, 626, 626, 626, 609, 587, 531, 520, 535, 528, 556, 577, 560], ko: [626, 626, 626, 609, 609, 587, 587, 551, 551, 517, 467, 482, 511, 539, 543, 543] },
    "view:ties": { en: [1937, 1886, 1862, 1818, 1797, 1725, 1701, 1629, 1528, 1496, 1558, 1524, 1469, 1525, 1530, 1511], zh: [1818, 1629, 1585, 1585, 1561, 1561, 1561, 1417, 1433, 1496, 1345, 1387, 1469, 1525, 1530, 1439], ja: [1883, 1694, 1650, 1629, 1629, 1629, 1629, 1605, 1505, 1496, 1486, 1528, 1469, 1525, 1530, 1460], ko: [1694, 1650, 1650, 1629, 1606, 1585, 1513, 1417, 1433, 1496, 1367, 1387, 1469, 1525, 1530, 1439] },
    "ties-totals": { en: [821, 821, 787, 731, 731, 703, 686, 643, 607, 607, 550, 531, 560, 588, 609, 563], zh: [703, 686, 643, 643, 643, 643, 615, 579, 579, 509, 516, 531, 560, 560, 563, 563], ja: [720, 698, 681, 681, 681, 660, 615, 615, 615, 579, 569, 567, 560, 560, 581, 563], ko: [698, 681, 681, 664, 664, 643, 615, 579, 579, 562, 516, 531, 560, 560, 581, 563] },
    "ties-tii": { en: [800, 800, 765, 709, 709, 681, 664, 643, 607, 607, 550, 531, 560, 588, 609, 563], zh: [681, 664, 643, 643, 643, 643, 615, 579, 579, 509, 516, 531, 560, 560, 563, 563], ja: [698, 698, 681, 681, 681, 660, 615, 615, 615, 579, 569, 567, 560, 560, 581, 563], ko: [698, 681, 681, 664, 664, 643, 615, 579, 579, 562, 516, 531, 560, 560, 581, 563] },
    "view:between": { en: [6494, 6272, 6185, 6115, 6025, 5953, 5872, 5732, 5415, 5295, 5290, 5022, 5070, 5110, 5114, 5116], zh: [5903, 5735, 5550, 5525, 5481, 5481, 5388, 4915, 4895, 4974, 4638, 4697, 4859, 4999, 5004, 4876], ja: [6144, 5911, 5770, 5770, 5727, 5660, 5587, 5541, 5333, 5017, 5064, 5126, 4969, 5088, 5093, 4987], ko: [5773, 5749, 5658, 5610, 5587, 5541, 5336, 4944, 4858, 4902, 4660, 4743, 4924, 5064, 5068, 4941] },
    "between-monthly": { en: [970, 953, 898, 898, 898, 860, 860, 860, 786, 691, 662, 639, 651, 679, 700, 672], zh: [822, 822, 822, 805, 805, 767, 711, 653, 653, 600, 569, 584, 613, 613, 634, 617], ja: [894, 894, 877, 860, 839, 839, 817, 800, 706, 670, 660, 675, 651, 679, 672, 672], ko: [860, 860, 839, 805, 783, 727, 727, 670, 653, 636, 607, 601, 630, 630, 651, 634] },
    "between-gap": { en: [1026, 1009, 954, 898, 898, 832, 832, 832, 758, 741, 662, 639, 651, 679, 700, 672], zh: [794, 794, 794, 777, 777, 739, 689, 653, 653, 600, 569, 584, 613, 613, 634, 617], ja: [866, 866, 849, 832, 811, 811, 783, 766, 728, 670, 660, 675, 651, 651, 672, 672], ko: [832, 832, 811, 777, 777, 777, 749, 670, 653, 636, 607, 601, 630, 630, 651, 634] },
    "between-top": { en: [955, 955, 917, 917, 917, 897, 897, 897, 823, 803, 767, 701, 683, 683, 683, 683], zh: [876, 876, 876, 837, 837, 817, 817, 781, 781, 683, 663, 663, 663, 663, 663, 645], ja: [914, 914, 897, 875, 854, 854, 854, 854, 773, 737, 737, 737, 683, 683, 683, 683], ko: [897, 897, 854, 837, 837, 837, 837, 781, 737, 719, 683, 663, 663, 663, 663, 645] },
    "between-machinery": { en: [906, 884, 846, 790, 790, 742, 742, 742, 668, 668, 589, 583, 595, 623, 644, 616], zh: [721, 721, 721, 704, 704, 683, 655, 597, 597, 544, 530, 545, 574, 574, 595, 578], ja: [759, 759, 742, 742, 721, 721, 693, 693, 655, 597, 604, 619, 595, 595, 616, 616], ko: [742, 742, 721, 704, 704, 704, 654, 597, 597, 580, 551, 545, 574, 574, 595, 578] },
    "between-tci": { en: [936, 919, 881, 859, 842, 793, 793, 776, 702, 685, 656, 650, 640, 668, 689, 689], zh: [801, 783, 783, 738, 721, 700, 700, 664, 647, 572, 558, 573, 602, 630, 651, 634], ja: [856, 856, 793, 793, 773, 755, 755, 755, 678, 642, 649, 647, 623, 651, 672, 672], ko: [821, 821, 773, 738, 738, 738, 738, 642, 642, 625, 579, 573, 602, 630, 651, 634] },
    "between-gl": { en: [856, 856, 790, 790, 790, 769, 752, 752, 678, 650, 599, 594, 606, 634, 655, 655], zh: [732, 732, 732, 714, 686, 666, 666, 630, 608, 555, 524, 539, 568, 596, 617, 599], ja: [787, 787, 769, 769, 721, 721, 704, 704, 644, 608, 615, 630, 606, 634, 655, 655], ko: [769, 769, 749, 704, 686, 686, 686, 608, 608, 591, 562, 556, 585, 613, 634, 617] },
    "between-gl-chapters": { en: [1143, 1143, 1105, 1105, 1105, 1084, 1084, 1062, 971, 973, 937, 871, 853, 853, 853, 853], zh: [1064, 1064, 1024, 1007, 1007, 987, 987, 951, 951, 853, 833, 833, 833, 833, 833, 815], ja: [1101, 1101, 1062, 1062, 1042, 1042, 1024, 1024, 943, 907, 907, 907, 853, 853, 853, 853], ko: [1062, 1062, 1042, 1024, 1024, 1007, 1007, 951, 907, 889, 853, 833, 833, 833, 833, 815] },
    "between-tsc": { en: [975, 975, 937, 937, 937, 916, 916, 916, 825, 827, 769, 703, 685, 685, 685, 685], zh: [896, 896, 878, 839, 839, 819, 819, 783, 783, 685, 665, 665, 665, 665, 665, 647], ja: [933, 933, 894, 894, 874, 874, 856, 856, 775, 739, 739, 739, 685, 685, 685, 685], ko: [894, 894, 874, 856, 856, 839, 839, 783, 739, 721, 685, 665, 665, 665, 665, 647] },
    "view:chains": { en: [2226, 2200, 2110, 2110, 2086, 2028, 2007, 1971, 1859, 1811, 1796, 1673, 1678, 1706, 1710, 1691], zh: [2064, 1971, 1925, 1925, 1901, 1877, 1877, 1701, 1709, 1675, 1594, 1615, 1631, 1659, 1643, 1609], ja: [2107, 2035, 1992, 1968, 1944, 1944, 1944, 1877, 1781, 1741, 1692, 1713, 1631, 1659, 1664, 1609], ko: [1992, 1992, 1923, 1923, 1923, 1877, 1841, 1769, 1709, 1697, 1594, 1615, 1631, 1659, 1643, 1609] },
    "chains-lines": { en: [846, 846, 826, 770, 752, 724, 704, 704, 668, 608, 551, 566, 595, 623, 644, 599], zh: [724, 704, 704, 704, 704, 665, 616, 580, 580, 544, 530, 545, 574, 557, 578, 578], ja: [742, 742, 721, 721, 721, 704, 676, 633, 633, 580, 587, 581, 574, 574, 595, 578], ko: [742, 704, 704, 704, 704, 704, 633, 597, 580, 580, 530, 545, 574, 574, 578, 578] },
    "chains-industries": { en: [1190, 1190, 1170, 1153, 1135, 1135, 1115, 1115, 1040, 1004, 968, 922, 922, 922, 922, 905], zh: [1135, 1098, 1098, 1098, 1098, 1080, 1038, 1002, 985, 905, 884, 884, 884, 867, 867, 867], ja: [1153, 1153, 1132, 1132, 1132, 1076, 1076, 1055, 1011, 958, 941, 920, 884, 884, 884, 867], ko: [1153, 1115, 1115, 1076, 1076, 1076, 1055, 1019, 958, 941, 884, 884, 884, 884, 867, 867] },
    "view:article": { en: [5934, 5810, 5633, 5502, 5458, 5329, 5265, 5077, 4785, 4576, 4344, 4050, 3899, 3892, 3707, 3878], zh: [5544, 5458, 5280, 5148, 5091, 5048, 5005, 4724, 4439, 4276, 3985, 3897, 3811, 3701, 3640, 3707], ja: [5763, 5675, 5481, 5328, 5285, 5242, 5142, 5029, 4741, 4432, 4303, 4260, 3856, 3745, 3707, 3751], ko: [5678, 5522, 5350, 5206, 5182, 5094, 5026, 4767, 4440, 4344, 4010, 3920, 3811, 3722, 3707, 3728] },
    "article-checks": { en: [1080, 1042, 1025, 1008, 1008, 945, 925, 925, 889, 815, 758, 741, 724, 724, 724, 724], zh: [1008, 970, 903, 903, 885, 885, 885, 815, 794, 741, 741, 724, 706, 706, 706, 706], ja: [1063, 1025, 1025, 980, 962, 962, 945, 907, 885, 832, 798, 777, 724, 724, 724, 724], ko: [1025, 980, 962, 962, 925, 925, 903, 832, 832, 794, 741, 741, 724, 724, 724, 724] },
    "article-semiconductors": { en: [974, 918, 901, 884, 884, 867, 846, 829, 866, 830, 681, 664, 721, 721, 721, 721], zh: [918, 863, 863, 863, 824, 824, 807, 771, 733, 664, 664, 664, 647, 647, 647, 647], ja: [956, 901, 884, 884, 867, 867, 849, 829, 828, 760, 721, 700, 669, 669, 669, 669], ko: [918, 884, 862, 862, 824, 824, 807, 771, 771, 700, 664, 664, 669, 647, 669, 647] },
    "article-investment": { en: [679, 624, 624, 607, 585, 567, 547, 547, 494, 476, 402, 402, 385, 385, 385, 385], zh: [637, 581, 564, 564, 547, 547, 547, 494, 473, 420, 402, 402, 385, 385, 385, 385], ja: [657, 602, 602, 585, 567, 567, 567, 530, 530, 476, 459, 438, 385, 385, 385, 385], ko: [637, 602, 585, 585, 547, 547, 547, 494, 494, 456, 402, 402, 385, 385, 385, 385] },
    "article-sectors": { en: [1255, 1160, 1160, 1143, 1143, 1125, 1088, 1046, 921, 868, 790, 753, 778, 755, 778, 778], zh: [1135, 1058, 1058, 1058, 1041, 1024, 1024, 988, 840, 790, 770, 730, 755, 755, 755, 755], ja: [1198, 1122, 1100, 1079, 1062, 1044, 1044, 1024, 897, 846, 827, 789, 755, 755, 755, 755], ko: [1156, 1101, 1101, 1101, 1063, 1024, 1024, 988, 861, 826, 770, 730, 755, 755, 755, 755] },
    "article-digital": { en: [657, 602, 602, 585, 585, 567, 547, 530, 494, 476, 402, 402, 385, 385, 385, 385], zh: [619, 564, 564, 564, 547, 547, 530, 494, 473, 402, 402, 402, 385, 385, 385, 385], ja: [640, 602, 585, 585, 567, 567, 550, 530, 530, 459, 459, 438, 385, 385, 385, 385], ko: [619, 585, 585, 585, 547, 547, 530, 494, 494, 438, 402, 402, 385, 385, 385, 385] },
    "article-korea": { en: [1153, 1098, 1081, 1081, 1081, 1046, 984, 984, 913, 847, 734, 717, 619, 587, 619, 619], zh: [1073, 1018, 1018, 1018, 984, 966, 966, 930, 804, 734, 717, 694, 567, 567, 567, 567], ja: [1136, 1081, 1081, 1060, 1025, 1025, 1004, 984, 878, 813, 773, 753, 567, 567, 567, 567], ko: [1094, 1060, 1039, 1039, 984, 984, 984, 948, 821, 770, 717, 717, 567, 567, 567, 567] },
    "article-all": { en: [1071, 998, 981, 964, 946, 929, 891, 891, 874, 839, 802, 802, 784, 784, 784, 784], zh: [1033, 960, 960, 943, 908, 908, 891, 891, 853, 819, 802, 802, 784, 784, 784, 784], ja: [1053, 981, 981, 964, 929, 929, 912, 891, 874, 839, 822, 802, 784, 784, 784, 784], ko: [1033, 981, 981, 964, 908, 908, 891, 891, 874, 819, 802, 802, 784, 784, 784, 784] },
    "view:parks": { en: [1511, 1490, 1490, 1447, 1447, 1447, 1357, 1357, 1355, 1379, 1370, 1376, 1384, 1023, 1028, 952], zh: [1468, 1468, 1446, 1380, 1354, 1286, 1286, 1286, 1311, 1335, 1303, 1330, 1362, 1001, 1006, 952], ja: [1517, 1490, 1419, 1397, 1397, 1353, 1332, 1308, 1311, 1329, 1349, 1330, 1384, 1023, 1006, 952], ko: [1420, 1420, 1374, 1330, 1308, 1308, 1286, 1286, 1284, 1308, 1303, 1330, 1360, 999, 914, 916] },
  };
  // END MEASURED HEIGHTS

  /** The widget's language for a query, as the widget chooses it: the link's, else the browser's. */
  function languageOf(params) {
    var code = (params.get("lang") || navigator.language || "en").toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.indexOf(code) >= 0 ? code : "en";
  }

  /** The height (CSS px) the embed opened with `query` will have in a column `widthPx` wide: the
   *  measured heights of its default state, interpolated between the two nearest widths, so that
   *  the iframe has its final height before it loads and the article does not move. Another
   *  state (another year or pair) may differ by a few lines; the widget then reports its height. */
  function expectedHeight(query, widthPx) {
    var params = new URLSearchParams(query);
    var key = params.get("panel") || "view:" + (params.get("view") || "tci");
    var byLanguage = Object.prototype.hasOwnProperty.call(HEIGHTS_PX, key) ? HEIGHTS_PX[key] : null;
    if (!byLanguage) return params.get("panel") ? 560 : 1200;
    var heights = byLanguage[languageOf(params)] || byLanguage.en;
    var last = WIDTHS_PX.length - 1;
    if (!(widthPx > WIDTHS_PX[0])) return heights[0];
    if (widthPx >= WIDTHS_PX[last]) return heights[last];
    var i = 1;
    while (WIDTHS_PX[i] < widthPx) i++;
    var share = (widthPx - WIDTHS_PX[i - 1]) / (WIDTHS_PX[i] - WIDTHS_PX[i - 1]);
    return Math.round(heights[i - 1] + share * (heights[i] - heights[i - 1]));
  }

  /** The prerendered page of the embed opened with `query` (`state::snippet::static_page_name`):
   *  `embed-<chart>.<lang>.html`, or `embed-view-<view>.<lang>.html` for a whole view. */
  function pageOf(query) {
    var params = new URLSearchParams(query);
    var key = params.get("panel") || "view:" + (params.get("view") || "tci");
    // An embed the widget does not know opens the full page, which says what it could not show.
    if (!Object.prototype.hasOwnProperty.call(HEIGHTS_PX, key)) return "index.html";
    return "embed-" + key.replace("view:", "view-") + "." + languageOf(params) + ".html";
  }

  /** Gives a frame that has not reported its height yet the expected one for its width. */
  function presize(frame) {
    if (frame.getAttribute("data-reported")) return;
    var width = frame.getBoundingClientRect().width;
    frame.style.height = expectedHeight(frame.getAttribute("data-query"), width) + "px";
  }

  function mount(element) {
    if (!element || element.getAttribute("data-cjk-trade-widget-mounted")) return null;
    element.setAttribute("data-cjk-trade-widget-mounted", "1");
    var query = element.getAttribute("data-cjk-trade-widget") || "";
    var frame = document.createElement("iframe");
    // The embed's prerendered page in the reader's language: the chart shows at first paint.
    frame.src = base + pageOf(query) + "?" + (query ? query + "&" : "") + "embed=1";
    frame.title = element.getAttribute("data-title") || "China, Japan, Korea trade indices";
    frame.loading = "lazy";
    frame.setAttribute("allow", "clipboard-write");
    // The frame always takes its content's height, so it never needs a scrollbar; without this,
    // a scrollbar appearing during a resize would narrow the content and make it taller.
    frame.setAttribute("scrolling", "no");
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.setAttribute("data-query", query);
    // The fallback link inside the element (for pages without scripts) gives way to the frame,
    // which takes the embed's expected height for the column's width at once.
    element.replaceChildren(frame);
    frames.push(frame);
    presize(frame);
    return frame;
  }

  function frameOf(source) {
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function heightOf(data) {
    if (!data || typeof data !== "object") return null;
    if (data.type === MESSAGE && typeof data.height === "number") return data.height;
    var heights = data["datawrapper-height"];
    if (heights && typeof heights === "object") {
      for (var key in heights) {
        if (typeof heights[key] === "number") return heights[key];
      }
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var frame = frameOf(event.source);
    var height = heightOf(event.data);
    if (!frame || height === null || !(height >= 0) || height > 20000) return;
    frame.setAttribute("data-reported", "1");
    frame.style.height = Math.ceil(height) + "px";
  });

  // A frame still loading follows the column's width (a phone turned, a window resized).
  window.addEventListener("resize", function () {
    for (var i = 0; i < frames.length; i++) presize(frames[i]);
  });

  function mountAll() {
    var elements = document.querySelectorAll("[data-cjk-trade-widget]");
    for (var i = 0; i < elements.length; i++) mount(elements[i]);
  }

  window.CJKTradeWidget = { mount: mount, mountAll: mountAll, expectedHeight: expectedHeight };
  mountAll();
  // Elements after this script (an `async` or older snippet, or one script for several elements).
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
})();
