# La pàgina d'inici i la llista de cooperatives.
home-title = Comerç entre cooperatives
home-intro = Les cooperatives de productors ofereixen els seus productes; les cooperatives de venda i de consum compren a diversos venedors. La meitat de cada comissió va al fons comú i l'altra meitat torna a les dues cooperatives que han comerciat.
home-coops = Cooperatives del mercat
home-no-coop = Encara no s'ha admès cap cooperativa.
home-coops-title = Cooperatives
