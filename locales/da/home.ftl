# Forsiden og listen over kooperativer.
home-title = Handel mellem kooperativer
home-intro = Producentkooperativer udbyder deres varer; detail- og forbrugerkooperativer køber på tværs af sælgere. Halvdelen af hvert gebyr går til den fælles pulje, halvdelen tilbage til de to kooperativer, der handlede.
home-coops = Kooperativer på markedet
home-no-coop = Intet kooperativ er optaget endnu.
home-coops-title = Kooperativer
