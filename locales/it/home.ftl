# La pagina iniziale e l'elenco delle cooperative.
home-title = Commercio tra cooperative
home-intro = Le cooperative di produttori offrono i loro prodotti; le cooperative di vendita e di consumo acquistano da più venditori. Metà di ogni commissione va al fondo comune, l'altra metà torna alle due cooperative che hanno commerciato.
home-coops = Le cooperative del mercato
home-no-coop = Nessuna cooperativa è stata ancora ammessa.
home-coops-title = Cooperative
