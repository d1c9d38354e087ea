# La página de inicio y la lista de cooperativas.
home-title = Comercio entre cooperativas
home-intro = Las cooperativas de productores ofrecen sus productos; las cooperativas de venta y de consumo compran a varios vendedores. La mitad de cada comisión va al fondo común y la otra mitad vuelve a las dos cooperativas que comerciaron.
home-coops = Cooperativas del mercado
home-no-coop = Todavía no se ha admitido ninguna cooperativa.
home-coops-title = Cooperativas
