# La page d'accueil et la liste des coopératives.
home-title = Le commerce entre coopératives
home-intro = Les coopératives de producteurs proposent leurs produits ; les coopératives de détail et de consommateurs achètent chez plusieurs vendeurs. La moitié de chaque commission va au fonds commun, l'autre moitié revient aux deux coopératives qui ont commercé.
home-coops = Les coopératives du marché
home-no-coop = Aucune coopérative n'a encore été admise.
home-coops-title = Coopératives
