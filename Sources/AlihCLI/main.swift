print("alih")
