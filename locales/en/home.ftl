# The start page and the list of co-ops.
home-title = Trade between co-operatives
home-intro = Producer co-ops list their goods; retail and consumer co-ops buy across sellers. Half of every marketplace fee goes to the common pool, half back to the two co-ops that traded.
home-coops = Co-ops on the marketplace
home-no-coop = No co-op has been admitted yet.
home-coops-title = Co-ops
